using System.Text.RegularExpressions;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>Science's fields on the Registry's Intellectual, and initiatives with several holders.</summary>
public sealed class IntellectualFieldsTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    private const string PeopleWithScience =
        """
        { intellectuals(first: 20) { edges { node {
            fullName
            scienceProjects { code status }
            scienceCouncilMemberships { role score council { kind } }
            scienceInitiatives { title kind }
        } } } }
        """;

    [Fact]
    public async Task An_initiative_has_every_holder_and_each_holder_sees_it()
    {
        var recorded = (await host.GraphQLAsync("mutation($input: ScienceInitiativeInput!) { recordScienceInitiative(input: $input) { id holders { fullName } } }", new
        {
            input = new { kind = "PATENT", title = "Quy trình nhân giống cam sành không hạt", number = "SC-2025-0042", level = "NATIONAL", year = 2025, holderIds = new[] { host.Lead, host.OtherMember, host.Lead } },
        }, host.Editor)).Data("recordScienceInitiative");
        recorded.GetProperty("holders").EnumerateArray().Select(h => h.Text("fullName")).Should().BeEquivalentTo("Nguyễn Văn Đức", "Lê Minh Tuấn");

        var byHolder = (await host.GraphQLAsync("query($id: ID!) { scienceInitiatives(filter: { holderId: $id, search: \"cam sanh\" }) { totalCount edges { node { holders { fullName } } } } }",
            new { id = host.OtherMember }, host.RegistryEditor)).Data("scienceInitiatives");
        byHolder.GetProperty("totalCount").GetInt32().Should().Be(1);
        byHolder.GetProperty("edges")[0].GetProperty("node").GetProperty("holders").GetArrayLength().Should().Be(2);

        (await host.GraphQLAsync("mutation($input: ScienceInitiativeInput!) { recordScienceInitiative(input: $input) { id } }", new
        {
            input = new { kind = "INITIATIVE", title = "Sáng kiến", level = "PROVINCIAL", year = 2025, holderIds = Array.Empty<Guid>() },
        }, host.Editor)).FirstError().Should().Be(("VALIDATION", "holderIds", "Cần ít nhất một tác giả, chủ sở hữu."));
    }

    [Fact]
    public async Task An_intellectual_shows_their_projects_council_seats_and_initiatives()
    {
        var project = await host.WalkToAsync("APPROVED");
        await host.GraphQLAsync("mutation($input: ScienceInitiativeInput!) { recordScienceInitiative(input: $input) { id } }", new
        {
            input = new { kind = "INITIATIVE", title = "Cải tiến máy sấy chè", level = "PROVINCIAL", year = 2024, holderIds = new[] { host.Reviewers[0] } },
        }, host.Editor);

        var people = (await host.GraphQLAsync(PeopleWithScience, token: host.RegistryEditor)).Data("intellectuals")
            .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToDictionary(n => n.Text("fullName")!);

        people["Nguyễn Văn Đức"].GetProperty("scienceProjects").EnumerateArray().Should().Contain(p => p.Text("status") == "APPROVED");
        people["Trần Thị Hoa"].GetProperty("scienceProjects").GetArrayLength().Should().BeGreaterThan(0, "members see the projects they work on");
        var seat = people["Phạm Quang Huy"].GetProperty("scienceCouncilMemberships")[0];
        seat.Text("role").Should().Be("CHAIR");
        seat.GetProperty("council").Text("kind").Should().Be("APPRAISAL");
        people["Phạm Quang Huy"].GetProperty("scienceInitiatives")[0].Text("title").Should().Be("Cải tiến máy sấy chè");
        people["Dương Thị Yến"].GetProperty("scienceProjects").GetArrayLength().Should().Be(0);
        project.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_page_of_intellectuals_costs_one_query_per_science_field_whatever_its_size()
    {
        await host.WalkToAsync("APPROVED");

        var before = CountInLogs();
        (await host.GraphQLAsync("{ intellectuals(first: 20) { edges { node { scienceProjects { code } scienceCouncilMemberships { role } scienceInitiatives { title } } } } }", token: host.RegistryEditor)).Data("intellectuals")
            .GetProperty("edges").GetArrayLength().Should().BeGreaterThan(10);
        var after = await EventuallyStableAsync(before);

        (after.Projects - before.Projects).Should().Be(1, "scienceProjects is batched for the whole page");
        (after.Councils - before.Councils).Should().Be(1, "scienceCouncilMemberships is batched for the whole page");
        (after.Initiatives - before.Initiatives).Should().Be(1, "scienceInitiatives is batched for the whole page");
    }

    private async Task<(int Projects, int Councils, int Initiatives)> EventuallyStableAsync((int, int, int) before)
    {
        var current = CountInLogs();
        for (var i = 0; i < 20 && current == before; i++)
        {
            await Task.Delay(100);
            current = CountInLogs();
        }

        return current;
    }

    /// <summary>SQL statements the Science module ran, by the table they read first, from the host's log (EF command logging is on in <see cref="ScienceHost"/>).</summary>
    private (int Projects, int Councils, int Initiatives) CountInLogs()
    {
        var text = string.Join('\n', host.Host.LogLines());
        int Count(string table) => Regex.Count(text, $"FROM \"{table}\" AS");
        return (Count("Projects"), Count("Councils"), Count("Initiatives"));
    }
}
