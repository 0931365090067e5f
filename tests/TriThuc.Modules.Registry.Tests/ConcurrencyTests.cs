using System.Collections.Concurrent;
using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// Issue 20, item 8: two clerks editing one record no longer lose an update silently, and under many concurrent writers
/// every audit entry's "before" is exactly what was committed before it. Runs on SQLite, and on PostgreSQL when the
/// tests are run against it (TRITHUC_TEST_DATABASE=postgres).
/// </summary>
public sealed class ConcurrencyTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Update = "mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { version jobTitle } }";

    [Fact]
    public async Task A_change_made_from_a_version_someone_else_has_changed_since_is_a_conflict_and_changes_nothing()
    {
        var id = await registry.CreatePersonAsync("Triệu Văn Chung", registry.Health);
        var read = await VersionAsync(id, registry.Editor);

        var first = await registry.GraphQLAsync(Update, new { id, input = new { version = read, jobTitle = "Trưởng khoa" } }, registry.Editor);
        var second = await registry.GraphQLAsync(Update, new { id, input = new { version = read, jobTitle = "Phó khoa" } }, registry.Editor);

        first.Data("updateIntellectual").GetProperty("version").GetInt32().Should().Be(read + 1);
        second.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "version");
        (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { jobTitle version } }", new { id }, registry.Editor))
            .Data("intellectual").Text("jobTitle").Should().Be("Trưởng khoa");
    }

    [Fact]
    public async Task Under_concurrent_writers_no_update_is_lost_and_every_audit_before_is_the_state_committed_before_it()
    {
        const int writers = 12, updatesEach = 6;
        var id = await registry.CreatePersonAsync("Triệu Thị Ngân", registry.Health, gender: "FEMALE");
        var saved = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            // Each writer is a clerk of their own, with a request budget of their own.
            var clerk = registry.Host.TokenFor($"can-bo-{writer}", Roles.Editor, "Registry");
            for (var n = 0; n < updatesEach; n++)
            {
                var title = $"Chức danh {writer}-{n}";
                for (var attempt = 0; ; attempt++)
                {
                    var version = await VersionAsync(id, clerk);
                    var result = await registry.GraphQLAsync(Update, new { id, input = new { version, jobTitle = title } }, clerk);
                    if (!result.TryGetProperty("errors", out _))
                    {
                        saved.Add(title);
                        break;
                    }

                    var code = result.FirstError().Code;
                    code.Should().BeOneOf(["CONFLICT", "BUSY"], result.ToString());
                    attempt.Should().BeLessThan(500, "a writer must get through eventually");
                }
            }
        })));

        var history = (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { version history { action changes } } }", new { id },
                registry.Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead)))
            .Data("intellectual");
        var updates = history.GetProperty("history").EnumerateArray().Where(h => h.Text("action") == "Updated")
            .Select(h => JsonDocument.Parse(h.Text("changes")!).RootElement).ToList();

        saved.Should().HaveCount(writers * updatesEach);
        updates.Should().HaveCount(writers * updatesEach, "every saved change is audited, and nothing else");
        history.GetProperty("version").GetInt32().Should().Be(writers * updatesEach);
        string? committed = null;
        foreach (var change in updates)
        {
            var jobTitle = change.GetProperty("JobTitle");
            (jobTitle.TryGetProperty("before", out var before) ? before.GetString() : null).Should().Be(committed, "the audit's before is the value committed before it");
            committed = jobTitle.Text("after");
        }

        updates.Select(u => u.GetProperty("JobTitle").Text("after")).Should().BeEquivalentTo(saved, "no update was lost");
    }

    private async Task<int> VersionAsync(Guid id, string token) =>
        (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { version } }", new { id }, token))
            .Data("intellectual").GetProperty("version").GetInt32();
}
