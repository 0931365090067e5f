using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Trainings, degrees and honours another module reports through Registry.Contracts' events, each recorded on the person once.</summary>
public sealed class ReportedRecordTests
{
    [Fact]
    public async Task A_training_reported_by_another_module_is_recorded_on_the_person_once()
    {
        await using var reporter = await ReporterAsync();

        await reporter.ReportAsync("reportTraining");

        var training = (await reporter.RecordsAsync("trainings { kind provider hours }", "trainings", count: 1)).Should().ContainSingle().Which;
        training.GetProperty("kind").GetString().Should().Be("INTERNATIONAL_ENVIRONMENT");
        training.GetProperty("provider").GetString().Should().Be("Phân hiệu Đại học Thái Nguyên");
    }

    [Fact]
    public async Task A_degree_and_an_honour_reported_by_another_module_are_recorded_once_even_when_delivered_again()
    {
        await using var reporter = await ReporterAsync();

        await reporter.ReportAsync("reportQualification");
        await reporter.ReportAsync("reportHonour");
        await reporter.RecordsAsync("qualifications { degree }", "qualifications", count: 1);
        await reporter.RecordsAsync("honours { title }", "honours", count: 1);
        await reporter.Host.RedeliverAsync("TrainingReporter");
        await Eventually.ValueAsync(async () => (await reporter.Host.OutboxTypesAsync("TrainingReporter", pendingOnly: true)).Count, pending => pending == 0);
        await reporter.ReportAsync("reportHonour");
        await Eventually.ValueAsync(async () => (await reporter.Host.OutboxTypesAsync("TrainingReporter", pendingOnly: true)).Count, pending => pending == 0);

        var degree = (await reporter.RecordsAsync("qualifications { degree field year }", "qualifications", count: 1)).Should().ContainSingle(
            "a redelivered event is recorded once").Which;
        degree.GetProperty("degree").GetString().Should().Be("MASTER");
        degree.GetProperty("year").GetInt32().Should().Be(2024);
        (await reporter.RecordsAsync("honours { title year }", "honours", count: 1)).Should().ContainSingle(
            "the same honour for the same year, reported twice, is one honour").Which
            .GetProperty("title").GetString().Should().Be("Trí thức tiêu biểu tỉnh Tuyên Quang");
    }

    private static async Task<Reporter> ReporterAsync()
    {
        var plugins = PluginFolder.WithModules("Registry").Add("TrainingReporter");
        var host = await TestHost.StartAsync(plugins);
        var administrator = host.Token(Roles.Administrator);
        var unit = (await host.GraphQLAsync("mutation { createUnit(input: { code: \"PH\", name: \"Phân hiệu\", kind: UNIVERSITY_BRANCH, validFrom: \"2010-01-01\" }) { id } }", token: administrator))
            .GetProperty("data").GetProperty("createUnit").GetProperty("id").GetString();
        var created = await host.GraphQLAsync("mutation($u: ID!) { createIntellectual(input: { fullName: \"Hoàng Thị Thu\", gender: FEMALE, dateOfBirth: \"1990-05-05\", ethnicGroupCode: \"02\", unitId: $u, fieldCode: \"education\", isPublicSector: true }) { id } }",
                new { u = unit }, token: administrator);
        created.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return new Reporter(plugins, host, administrator, created.GetProperty("data").GetProperty("createIntellectual").GetProperty("id").GetString()!);
    }

    private sealed record Reporter(PluginFolder Plugins, TestHost Host, string Administrator, string Person) : IAsyncDisposable
    {
        public async Task ReportAsync(string mutation)
        {
            var result = await Host.GraphQLAsync($"mutation($id: ID!) {{ {mutation}(intellectualId: $id) }}", new { id = Person }, token: Host.Token(Roles.Editor, "TrainingReporter"));
            result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        }

        /// <summary>The person's records of one kind once there are at least <paramref name="count"/>.</summary>
        public Task<List<JsonElement>> RecordsAsync(string selection, string field, int count) =>
            Eventually.ValueAsync(async () =>
                    (await Host.GraphQLAsync($"query($id: ID!) {{ intellectual(id: $id) {{ {selection} }} }}", new { id = Person }, token: Administrator))
                    .GetProperty("data").GetProperty("intellectual").GetProperty(field).EnumerateArray().ToList(),
                list => list.Count >= count);

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            Plugins.Dispose();
        }
    }
}
