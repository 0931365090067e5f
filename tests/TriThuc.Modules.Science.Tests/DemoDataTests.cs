using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>A newcomer's first run: over the Registry's demo province, the Science screens have data in every state.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task A_first_run_has_a_project_in_every_status_councils_that_decided_them_a_fund_with_grants_and_initiatives()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Science");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=150",
            "TriThuc:Modules:Science:DemoData:Enabled=true");
        var token = host.Token(Roles.Administrator);
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var result = await host.GraphQLAsync("""
            query($today: DateOnly!) {
              scienceProjects(first: 100) { totalCount nodes { code status lead { id } councils { kind verdict } } }
              scienceFundCalls(first: 10) { nodes { code } }
              scienceFundApplications(first: 10) { nodes { status } }
              scienceFundGrants(first: 10) { nodes { amount remaining } }
              scienceInitiatives(first: 10) { totalCount nodes { kind holders { id } } }
              scienceFundBalance(on: $today)
            }
            """, new { today }, token: token);

        var projects = result.Data("scienceProjects").GetProperty("nodes").EnumerateArray().ToList();
        projects.Select(p => p.GetProperty("status").GetString()).Should().BeEquivalentTo(
            ["PROPOSED", "UNDER_APPRAISAL", "APPROVED", "IN_PROGRESS", "UNDER_ACCEPTANCE", "ACCEPTED", "APPLIED_IN_PRACTICE", "REJECTED", "FAILED"]);
        var failed = projects.Single(p => p.GetProperty("status").GetString() == "FAILED");
        failed.GetProperty("councils").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("verdict").GetString()))
            .Should().BeEquivalentTo([("APPRAISAL", "PASS"), ("ACCEPTANCE", "FAIL")]);
        result.Data("scienceFundCalls").GetProperty("nodes").GetArrayLength().Should().Be(2);
        result.Data("scienceFundApplications").GetProperty("nodes").EnumerateArray().Select(a => a.GetProperty("status").GetString())
            .Should().Contain(["DECLINED", "GRANTED", "SUBMITTED"]);
        result.Data("scienceFundGrants").GetProperty("nodes").EnumerateArray()
            .Select(g => g.GetProperty("remaining").GetInt64() == 0 ? "paid" : g.GetProperty("remaining").GetInt64() < g.GetProperty("amount").GetInt64() ? "part paid" : "unpaid")
            .Should().BeEquivalentTo(["paid", "part paid", "unpaid"]);
        projects.Where(p => p.GetProperty("status").GetString() is not ("PROPOSED" or "UNDER_APPRAISAL"))
            .Should().OnlyContain(p => p.GetProperty("councils").EnumerateArray().Any(), "every decided project shows the council that decided it");
        result.Data("scienceInitiatives").GetProperty("totalCount").GetInt32().Should().Be(6);
        result.Data("scienceFundBalance").GetInt64().Should().BePositive();
    }
}
