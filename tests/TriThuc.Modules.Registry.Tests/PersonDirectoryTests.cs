using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Tests;

public sealed class PersonDirectoryTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task Other_modules_look_up_many_people_in_one_call_through_the_contract()
    {
        var first = await registry.CreatePersonAsync("Ma Văn Kháng", registry.Health);
        var second = await registry.CreatePersonAsync("Nông Thị Hoa", registry.School, gender: "FEMALE");

        await using var scope = registry.Host.App.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IPersonDirectory>();
        var found = await directory.GetSummariesAsync([first, second, Guid.NewGuid()], CancellationToken.None);

        found.Should().HaveCount(2);
        found[second].Should().Be(new PersonSummary(second, "Nông Thị Hoa", registry.School, "Trường THPT Đồng Văn", "Working"));
    }
}
