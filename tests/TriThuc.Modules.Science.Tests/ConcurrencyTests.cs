using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>Read-check-write work fired at once over HTTP: the checks hold as if the requests had come one by one.</summary>
public sealed class ConcurrencyTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    private const long Billion = 1_000_000_000;

    [Fact]
    public async Task Concurrent_disbursements_never_pay_out_more_than_the_fund_holds()
    {
        await host.ContributeAsync(10 * Billion, "2025-01-15");
        var (call, _) = await host.OpenCallAsync("2025-01-01", "2025-12-31", 100 * Billion);
        var grants = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            grants.Add(await host.GrantAsync(call, 3 * Billion, "2025-02-01", "2025-02-15"));
        }

        var results = await Task.WhenAll(grants.Select(g => host.DisburseAsync(g, 3 * Billion, "2025-03-01")));

        var paid = results.Count(r => !r.TryGetProperty("errors", out _));
        paid.Should().Be(3, "10 billion cover three payments of 3 billion, not four");
        results.Where(r => r.TryGetProperty("errors", out _)).Select(r => (r.FirstError().Code, r.FirstError().Field))
            .Should().AllBeEquivalentTo(("CONFLICT", "amount"));
        (await host.BalanceAsync("2025-12-31")).Should().Be(1 * Billion);
    }

    [Fact]
    public async Task Concurrent_awards_never_commit_more_than_the_call_budget()
    {
        var (call, _) = await host.OpenCallAsync("2024-01-01", "2024-12-31", 5 * Billion);
        var applications = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            applications.Add((await host.ApplyAsync(call, 2 * Billion, "2024-02-01")).Data("submitScienceFundApplication").Id());
        }

        var results = await Task.WhenAll(applications.Select(a => host.AwardAsync(a, 2 * Billion, "2024-03-01")));

        results.Count(r => !r.TryGetProperty("errors", out _)).Should().Be(2, "a budget of 5 billion takes two grants of 2 billion");
        results.Where(r => r.TryGetProperty("errors", out _)).Select(r => (r.FirstError().Code, r.FirstError().Field))
            .Should().AllBeEquivalentTo(("CONFLICT", "amount"));
    }

    [Fact]
    public async Task Concurrent_identical_moves_of_one_project_succeed_once_and_are_recorded_once()
    {
        var id = await host.ProposeAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.StepAsync("submitScienceProjectForAppraisal", id, "2025-02-01")));

        results.Count(r => !r.TryGetProperty("errors", out _)).Should().Be(1);
        results.Where(r => r.TryGetProperty("errors", out _)).Select(r => r.FirstError().Code).Should().AllBe("CONFLICT");
        var transitions = (await host.GraphQLAsync("query($id: ID!) { scienceProject(id: $id) { transitions { to } } }", new { id }, host.Editor))
            .Data("scienceProject").GetProperty("transitions").EnumerateArray().Select(t => t.Text("to"));
        transitions.Should().Equal("PROPOSED", "UNDER_APPRAISAL");
    }

    [Fact]
    public async Task A_decline_and_an_award_sent_together_cannot_both_win()
    {
        var (call, _) = await host.OpenCallAsync("2024-01-01", "2024-12-31", 5 * Billion);
        var applications = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            applications.Add((await host.ApplyAsync(call, 1 * Billion, "2024-02-01")).Data("submitScienceFundApplication").Id());
        }

        foreach (var application in applications)
        {
            var decline = host.GraphQLAsync("mutation($id: ID!) { declineScienceFundApplication(applicationId: $id) { id } }", new { id = application }, host.Editor);
            var award = host.AwardAsync(application, 1 * Billion, "2024-03-01");
            var results = await Task.WhenAll(decline, award);

            results.Count(r => !r.TryGetProperty("errors", out _)).Should().Be(1, "the application is either declined or granted, never both");
        }
    }
}
