using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

/// <summary>A newcomer's first run: over the Registry's demo province, the University screens have data to show.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task A_first_run_has_courses_with_learners_lecturers_workloads_outputs_and_agreements_with_activities()
    {
        using var plugins = PluginFolder.WithModules("Registry", "University");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=300",
            "TriThuc:Modules:University:DemoData:Enabled=true");
        var token = host.Token(Roles.Administrator);

        var result = await host.GraphQLAsync("""
            {
              universityCourses(first: 10) { totalCount nodes { enrolments { result } } }
              universityLecturerWorkloads(first: 100) { totalCount nodes { assessment { exempt meetsObligations } } }
              universityResearchOutputs(first: 1) { totalCount }
              universityCooperationAgreements(first: 10) { totalCount nodes { activities { kind } } }
              u1: indicator(code: "U1") { value { numerator } }
              u3: indicator(code: "U3") { value { numerator } }
            }
            """, token: token);

        var log = string.Join("\n", host.LogLines().Where(l => l.Contains("demo", StringComparison.OrdinalIgnoreCase) || l.Contains("Seeded")).Take(10));
        result.Data("universityCourses").GetProperty("totalCount").GetInt32().Should().Be(4, log);
        result.Data("universityCourses").GetProperty("nodes").EnumerateArray().SelectMany(c => c.GetProperty("enrolments").EnumerateArray()).Select(e => e.Text("result"))
            .Should().Contain(["PASSED", "FAILED", "WITHDRAWN", "ENROLLED"]);
        var workloads = result.Data("universityLecturerWorkloads");
        workloads.GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0);
        workloads.GetProperty("nodes").EnumerateArray().Select(w => w.GetProperty("assessment").GetProperty("meetsObligations").GetBoolean()).Should().Contain([true, false]);
        result.Data("universityResearchOutputs").GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0);
        var agreements = result.Data("universityCooperationAgreements");
        agreements.GetProperty("totalCount").GetInt32().Should().Be(3);
        agreements.GetProperty("nodes").EnumerateArray().Should().OnlyContain(a => a.GetProperty("activities").GetArrayLength() > 0);
        result.Data("u1").GetProperty("value").GetProperty("numerator").GetDecimal().Should().BeGreaterThan(0, "passes of this year count in U1");
        result.Data("u3").GetProperty("value").GetProperty("numerator").GetDecimal().Should().Be(2, "two agreements in force had an activity in the last twelve months");
    }
}
