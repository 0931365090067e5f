using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>A newcomer's first run: over the Registry's demo province, the Associations screens have data to show, seeded once.</summary>
public sealed class DemoDataTests
{
    private static readonly string[] DemoOn =
    [
        "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=300", "TriThuc:Modules:Associations:DemoData:Enabled=true",
    ];

    private const string Overview = """
        {
          associationsAssociations(first: 10) { totalCount nodes { id title kind parentId memberCounts { new current grace lapsed total }
            terms { title leaders { role leftOn } } } }
          associationsConsultations(first: 10) { nodes { kind overdue conflicts { reason person { id } } panel { person { id } } expertOpinions { id }
            currentOpinion { recommendations { response { kind } } } } }
          associationsDrafts(first: 10) { nodes { open paragraphs { number } comments { contact disposition { kind } } } }
        }
        """;

    [Fact]
    public async Task A_first_run_has_the_union_three_associations_members_in_every_status_a_term_a_consultation_answered_and_a_draft_with_comments()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Associations");
        await using var host = await TestHost.StartAsync(plugins, DemoOn);

        var result = await host.GraphQLAsync(Overview, token: host.Token(Roles.Administrator, null, Permissions.PersonalDataRead));

        var log = string.Join("\n", host.LogLines().Where(l => l.Contains("Associations", StringComparison.Ordinal)).Take(10));
        var associations = result.Data("associationsAssociations").GetProperty("nodes").EnumerateArray().ToList();
        associations.Select(a => a.Text("kind")).Should().BeEquivalentTo(["UNION", "LITERATURE_AND_ARTS", "SPECIALISED", "SPECIALISED"], log);
        var union = associations.Single(a => a.Text("kind") == "UNION").Id();
        associations.Where(a => a.Text("kind") == "SPECIALISED").Should().OnlyContain(a => a.GetProperty("parentId").GetGuid() == union);
        var counts = associations.Select(a => a.GetProperty("memberCounts")).ToList();
        foreach (var status in new[] { "new", "current", "grace", "lapsed" })
        {
            counts.Sum(c => c.GetProperty(status).GetInt32()).Should().BeGreaterThan(0, $"some member is {status.ToUpperInvariant()} on the first day");
        }

        var leaders = associations.SelectMany(a => a.GetProperty("terms").EnumerateArray()).Should().ContainSingle()
            .Which.GetProperty("leaders").EnumerateArray().ToList();
        leaders.Select(l => l.Text("role")).Should().Contain(["PRESIDENT", "GENERAL_SECRETARY"]);
        leaders.Should().Contain(l => l.Text("leftOn") != null, "a leader left a seat within the term");
        leaders.Where(l => l.Text("role") == "VICE_PRESIDENT").Should().HaveCount(2, "a vice-president left and another was elected in their place");

        var requests = result.Data("associationsConsultations").GetProperty("nodes").EnumerateArray().ToList();
        var answered = requests.Single(r => r.GetProperty("currentOpinion").ValueKind != JsonValueKind.Null);
        var drafters = answered.GetProperty("conflicts").EnumerateArray().Where(c => c.Text("reason") == "DRAFTER").Select(c => c.GetProperty("person").Id()).ToList();
        drafters.Should().NotBeEmpty();
        answered.GetProperty("conflicts").EnumerateArray().Should().Contain(c => c.Text("reason") == "DECLARED");
        var panel = answered.GetProperty("panel").EnumerateArray().Select(s => s.GetProperty("person").Id()).ToList();
        panel.Should().HaveCount(3).And.NotIntersectWith(drafters);
        answered.GetProperty("expertOpinions").GetArrayLength().Should().Be(3);
        answered.GetProperty("currentOpinion").GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("response").Text("kind"))
            .Should().BeEquivalentTo(["ACCEPTED", "ACCEPTED", "EXPLAINED"]);
        requests.Should().ContainSingle(r => r.GetProperty("overdue").GetBoolean());

        var draft = result.Data("associationsDrafts").GetProperty("nodes").EnumerateArray().Single();
        draft.GetProperty("open").GetBoolean().Should().BeTrue();
        draft.GetProperty("paragraphs").GetArrayLength().Should().BeGreaterThan(1);
        draft.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("disposition").ValueKind == JsonValueKind.Null ? null : c.GetProperty("disposition").Text("kind"))
            .Should().BeEquivalentTo(["ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED", null]);

        var statuses = new HashSet<string?>();
        foreach (var association in associations)
        {
            statuses.UnionWith((await host.GraphQLAsync("query($id: ID!) { associationsMembers(associationId: $id, first: 50) { nodes { status } } }",
                    new { id = association.Id() }, token: host.Token(Roles.Administrator)))
                .Data("associationsMembers").GetProperty("nodes").EnumerateArray().Select(m => m.Text("status")));
        }

        statuses.Should().Contain(["NEW", "CURRENT", "GRACE", "LAPSED"]).And.Contain((string?)null, "a member who left has no status");
    }

    [Fact]
    public async Task A_second_start_on_the_same_data_seeds_nothing_more()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Associations");
        var dataPath = TempPaths.NewFolder("associations-demo");
        var database = TestDatabase.IsPostgres ? await PostgresServer.CreateDatabaseAsync() : null;
        string[] settings = [.. DemoOn, $"TriThuc:DataPath={dataPath}"];
        const string Counts = "{ associationsAssociations(first: 1) { totalCount } associationsConsultations(first: 1) { totalCount } associationsDrafts(first: 1) { totalCount } }";
        try
        {
            JsonElement first;
            await using (var host = await TestHost.StartOnAsync(plugins, database, settings))
            {
                first = (await host.GraphQLAsync(Counts, token: host.Token(Roles.Administrator))).GetProperty("data").Clone();
            }

            await using var again = await TestHost.StartOnAsync(plugins, database, settings);
            var second = (await again.GraphQLAsync(Counts, token: again.Token(Roles.Administrator))).GetProperty("data");

            first.GetProperty("associationsAssociations").GetProperty("totalCount").GetInt32().Should().Be(4);
            foreach (var list in new[] { "associationsAssociations", "associationsConsultations", "associationsDrafts" })
            {
                second.GetProperty(list).GetProperty("totalCount").GetInt32().Should().Be(first.GetProperty(list).GetProperty("totalCount").GetInt32(), list);
            }

            again.LogLines().Should().NotContain(l => l.Contains("demo data stopped part-way", StringComparison.Ordinal));
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
}
