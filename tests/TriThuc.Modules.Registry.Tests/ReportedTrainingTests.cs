using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

public sealed class ReportedTrainingTests
{
    [Fact]
    public async Task A_training_reported_by_another_module_is_recorded_on_the_person_once()
    {
        using var plugins = PluginFolder.WithModules("Registry").Add("TrainingReporter");
        await using var host = await TestHost.StartAsync(plugins);
        var administrator = host.Token(Roles.Administrator);
        var unit = (await host.GraphQLAsync("mutation { createUnit(input: { code: \"PH\", name: \"Phân hiệu\", kind: UNIVERSITY, validFrom: \"2010-01-01\" }) { id } }", token: administrator))
            .GetProperty("data").GetProperty("createUnit").GetProperty("id").GetString();
        var created = await host.GraphQLAsync("mutation($u: ID!) { createIntellectual(input: { fullName: \"Hoàng Thị Thu\", gender: FEMALE, dateOfBirth: \"1990-05-05\", ethnicGroupCode: \"02\", unitId: $u, fieldCode: \"education\" }) { id } }",
                new { u = unit }, token: administrator);
        created.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var person = created.GetProperty("data").GetProperty("createIntellectual").GetProperty("id").GetString();

        await host.GraphQLAsync("mutation($id: ID!) { reportTraining(intellectualId: $id) }", new { id = person }, token: host.Token(Roles.Editor, "TrainingReporter"));

        var trainings = await Eventually.ValueAsync(async () =>
            (await host.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { kind provider hours } } }", new { id = person }, token: administrator))
                .GetProperty("data").GetProperty("intellectual").GetProperty("trainings").EnumerateArray().ToList(),
            list => list.Count > 0);

        var training = trainings.Should().ContainSingle().Which;
        training.GetProperty("kind").GetString().Should().Be("INTERNATIONAL_ENVIRONMENT");
        training.GetProperty("provider").GetString().Should().Be("Phân hiệu Đại học Thái Nguyên");
    }
}
