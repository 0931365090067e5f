using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

/// <summary>A completed activity of continuing education reaches the Registry once, even when a restarted host delivers its event again.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_completed_activity_is_one_training_in_the_registry_across_a_host_restart_and_a_redelivery()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Health");
        var dataPath = TempPaths.NewFolder("health-restart");
        var database = TestDatabase.IsPostgres ? await PostgresServer.CreateDatabaseAsync() : null;
        string[] settings = [$"TriThuc:DataPath={dataPath}"];
        try
        {
            Guid person;
            await using (var first = await TestHost.StartOnAsync(plugins, database, settings))
            {
                person = await SeedPersonAsync(first);
                (await first.GraphQLAsync("mutation($input: HealthCmeActivityInput!) { recordHealthCmeActivity(input: $input) { id } }", new
                {
                    input = new
                    {
                        personId = person, title = "Chẩn đoán hình ảnh cơ bản", provider = "Trường Đại học Y Dược Thái Nguyên", form = "COURSE",
                        startedOn = HealthHost.Day(HealthHost.Today.AddDays(-10)), completedOn = HealthHost.Day(HealthHost.Today.AddDays(-2)), hours = 40, certificate = "CDHA-2026-001",
                    },
                }, token: first.Token(Roles.Editor, "Health"))).Data("recordHealthCmeActivity");
                await Eventually.ValueAsync(() => KnowledgeUpdatesAsync(first, person), count => count == 1);
            }

            await using var second = await TestHost.StartOnAsync(plugins, database, settings);
            await second.RedeliverAsync("Health");
            await Eventually.ValueAsync(async () => (await second.OutboxTypesAsync("Health", pendingOnly: true)).Count, pending => pending == 0);

            (await KnowledgeUpdatesAsync(second, person)).Should().Be(1, "the Registry's inbox remembers the event across the restart");
            var t4 = (await second.GraphQLAsync("{ indicator(code: \"T4\") { subjects(filter: { inNumerator: true }, first: 100) { nodes { id } } } }", token: second.Token(Roles.Administrator)))
                .Data("indicator").GetProperty("subjects").GetProperty("nodes").EnumerateArray().Select(n => n.Id());
            t4.Should().ContainSingle(id => id == person);
        }
        finally
        {
            if (database is not null)
            {
                await PostgresServer.DropDatabaseAsync(database);
            }

            TempPaths.TryDelete(dataPath);
        }
    }

    private static async Task<Guid> SeedPersonAsync(TestHost host)
    {
        var administrator = host.Token(Roles.Administrator);
        var province = (await host.GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code = "TQ", name = "Tỉnh Tuyên Quang", kind = "PROVINCE", validFrom = "1991-10-01" } }, token: administrator)).Data("createUnit").Id();
        var hospital = (await host.GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code = "BVDK", name = "Bệnh viện Đa khoa tỉnh", kind = "HOSPITAL", parentId = province, validFrom = "2000-01-01" } }, token: administrator)).Data("createUnit").Id();
        return (await host.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new { fullName = "Hoàng Văn Phúc", gender = "MALE", dateOfBirth = "1984-02-02", ethnicGroupCode = "02", unitId = hospital, fieldCode = "health", isPublicSector = true },
        }, token: administrator)).Data("createIntellectual").Id();
    }

    private static async Task<int> KnowledgeUpdatesAsync(TestHost host, Guid person) =>
        (await host.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { kind } } }", new { id = person }, token: host.Token(Roles.Administrator)))
            .Data("intellectual").GetProperty("trainings").EnumerateArray().Count(t => t.Text("kind") == "KNOWLEDGE_UPDATE");
}
