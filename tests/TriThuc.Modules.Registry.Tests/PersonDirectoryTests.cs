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

    [Fact]
    public async Task Other_modules_list_the_people_of_a_unit_subtree_and_field_as_they_stood_on_a_day()
    {
        var teacher = await registry.CreatePersonAsync("Lò Văn Pả", registry.School, field: "education");
        var doctor = await registry.CreatePersonAsync("Lò Thị Mai", registry.School, field: "health");
        var retired = await registry.CreatePersonAsync("Lò Văn Dìn", registry.School, field: "education");
        (await registry.GraphQLAsync("mutation($id: ID!) { changeIntellectualStatus(id: $id, status: RETIRED, since: \"2025-03-01\") { id } }",
            new { id = retired }, registry.Editor)).TryGetProperty("errors", out _).Should().BeFalse();
        var elsewhere = await registry.CreatePersonAsync("Lò Văn Sính", registry.Health, field: "education");

        await using var scope = registry.Host.App.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IPersonDirectory>();
        var before = await directory.FindAsync(new PeopleQuery(new DateOnly(2025, 1, 1), [registry.Education], "education"), CancellationToken.None);
        var after = await directory.FindAsync(new PeopleQuery(new DateOnly(2025, 6, 1), [registry.Education], "education"), CancellationToken.None);

        before.Select(p => p.Id).Should().Contain([teacher, retired]).And.NotContain([doctor, elsewhere]);
        after.Select(p => p.Id).Should().Contain(teacher).And.NotContain([retired, doctor, elsewhere], "a person retired before the day is no longer counted");
    }
}
