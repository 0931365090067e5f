using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

/// <summary>A newcomer's first run: over the Registry's demo province, the Health screens have data to show.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task A_first_run_has_facilities_licences_some_expiring_and_one_suspended_education_and_postings()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Health");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=300",
            "TriThuc:Modules:Health:DemoData:Enabled=true");
        var token = host.Token(Roles.Administrator);

        var result = await host.GraphQLAsync("""
            {
              healthFacilities(first: 20) { totalCount nodes { level } }
              healthLicences(first: 100) { totalCount nodes { status } }
              healthLicencesExpiring(withinDays: 90) { totalCount }
              healthCmeActivities(first: 1) { totalCount }
              healthPostings(first: 10) { totalCount }
              h1: indicator(code: "H1") { value { denominator } }
            }
            """, token: token);

        result.Data("healthFacilities").GetProperty("totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(2, string.Join("\n", host.LogLines().Where(l => l.Contains("demo", StringComparison.OrdinalIgnoreCase) || l.Contains("Seeded")).Take(10)));
        result.Data("healthLicences").GetProperty("nodes").EnumerateArray().Select(n => n.Text("status")).Should().Contain(["VALID", "SUSPENDED"]);
        result.Data("healthLicencesExpiring").GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0);
        result.Data("healthCmeActivities").GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0);
        result.Data("healthPostings").GetProperty("totalCount").GetInt32().Should().Be(3);
        result.Data("h1").GetProperty("value").GetProperty("denominator").GetDecimal().Should().BeGreaterThan(0);
    }
}
