using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>A newcomer's first run: over the Registry's demo province, the Talent screens have data to show.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task A_first_run_has_an_amended_policy_a_case_in_every_state_a_plan_and_experts()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Talent");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=300",
            "TriThuc:Modules:Talent:DemoData:Enabled=true");
        var token = host.Token(Roles.Administrator);

        var result = await host.GraphQLAsync("""
            {
              talentAttractionPolicies(first: 10) { nodes { code versions { instrumentNumber } } }
              talentAttractionCases(first: 50) { nodes { status } }
              talentWorkforcePlans(first: 10) { totalCount }
              talentExperts(first: 10) { nodes { origin engagements { hostUnitId } } }
            }
            """, token: token);

        var log = string.Join("\n", host.LogLines().Where(l => l.Contains("Talent", StringComparison.Ordinal) && l.Contains("demo", StringComparison.OrdinalIgnoreCase)).Take(10));
        result.Data("talentAttractionPolicies").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("versions").GetArrayLength())
            .Should().BeEquivalentTo([2, 1], log);
        result.Data("talentAttractionCases").GetProperty("nodes").EnumerateArray().Select(c => c.Text("status")).Distinct().Should()
            .BeEquivalentTo(["APPLIED", "ELIGIBLE", "INELIGIBLE", "APPROVED", "RECRUITED", "IN_COMMITMENT", "COMPLETED", "BROKEN"], log);
        result.Data("talentWorkforcePlans").GetProperty("totalCount").GetInt32().Should().Be(1);
        result.Data("talentExperts").GetProperty("nodes").EnumerateArray().Select(e => e.Text("origin")).Should().BeEquivalentTo(["OVERSEAS_VIETNAMESE", "FOREIGN"]);
        (await host.GraphQLAsync("{ talentHonourRounds(first: 5) { totalCount } }", token: token)).Data("talentHonourRounds").GetProperty("totalCount").GetInt32()
            .Should().Be(0, "the honours round needs Science's council rules");
        host.LogLines().Should().Contain(l => l.Contains("No Talent demo honours round", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_science_loaded_last_years_honours_round_is_decided_with_some_honoured()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Talent", "Science");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=300",
            "TriThuc:Modules:Talent:DemoData:Enabled=true");
        var token = host.Token(Roles.Administrator);

        var round = (await host.GraphQLAsync("{ talentHonourRounds(first: 5) { nodes { year decisionNumber councilSeats { id } nominations { status council { outcome } } } } }", token: token))
            .Data("talentHonourRounds").GetProperty("nodes").EnumerateArray().Single();

        round.GetProperty("year").GetInt32().Should().Be(DateTime.UtcNow.Year - 1);
        round.Text("decisionNumber").Should().Be("1868/QĐ-UBND");
        round.GetProperty("councilSeats").GetArrayLength().Should().BeGreaterThanOrEqualTo(5);
        var statuses = round.GetProperty("nominations").EnumerateArray().Select(n => n.Text("status")).ToList();
        statuses.Should().Contain("HONOURED").And.Contain("NOT_SELECTED");
    }
}
