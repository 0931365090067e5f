using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>A newcomer's first run: over the Registry's demo province, the Education screens have data to show.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task A_first_run_has_schools_assignments_assessments_a_core_teacher_and_a_contest_with_its_team_and_prizes()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Education");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=300",
            "TriThuc:Modules:Education:DemoData:Enabled=true", "TriThuc:Modules:Education:PupilIdKey=khoa-thu-nghiem");
        var token = host.Token(Roles.Administrator);

        var result = await host.GraphQLAsync("""
            {
              educationSchools(first: 10) { totalCount }
              educationTeachingAssignments(first: 100) { totalCount nodes { employment isCoreTeacher } }
              educationStandardAssessments(first: 100) { totalCount nodes { overallLevel } }
              educationContests(first: 10) { totalCount nodes { id level } }
            }
            """, token: token);

        var log = string.Join("\n", host.LogLines().Where(l => l.Contains("demo", StringComparison.OrdinalIgnoreCase) || l.Contains("Seeded")).Take(10));
        result.Data("educationSchools").GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0, log);
        var assignments = result.Data("educationTeachingAssignments").GetProperty("nodes").EnumerateArray().ToList();
        assignments.Select(a => a.Text("employment")).Should().Contain(["PERMANENT_STAFF", "CONTRACT"], log);
        assignments.Should().ContainSingle(a => a.GetProperty("isCoreTeacher").GetBoolean(), log);
        result.Data("educationStandardAssessments").GetProperty("nodes").EnumerateArray().Select(a => a.Text("overallLevel")).Should().Contain(["EXCELLENT", "GOOD", "MET", "NOT_MET"]);
        var contest = result.Data("educationContests").GetProperty("nodes").EnumerateArray().Single();
        contest.Text("level").Should().Be("NATIONAL");
        var prizes = (await host.GraphQLAsync("query($id: ID!) { educationContestEntries(contestId: $id) { nodes { prize teamId } } }", new { id = contest.Id() }, token: token))
            .Data("educationContestEntries").GetProperty("nodes").EnumerateArray().ToList();
        prizes.Select(p => p.Text("prize")).Should().Equal("SECOND", "THIRD", "CONSOLATION", null);
        prizes.Should().OnlyContain(p => p.Text("teamId") != null);
    }
}
