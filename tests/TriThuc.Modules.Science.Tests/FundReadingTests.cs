using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

public sealed class FundReadingTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    [Fact]
    public async Task Capital_is_listed_by_source_and_day_and_totalled_by_source()
    {
        await host.ContributeAsync(5_000_000_000, "2025-01-15");
        await host.ContributeAsync(2_000_000_000, "2025-03-01");
        await host.ContributeAsync(700_000_000, "2025-02-10", "ENTERPRISE", "Công ty Chè Tuyên Quang");
        await host.ContributeAsync(300_000_000, "2024-12-20", "DONATION", "Hội doanh nhân");

        var list = (await host.GraphQLAsync(
            "{ scienceFundContributions(filter: { source: STATE_BUDGET, from: \"2025-02-01\" }) { totalCount edges { node { amount receivedOn } } } }",
            token: host.RegistryEditor)).Data("scienceFundContributions");
        list.GetProperty("totalCount").GetInt32().Should().Be(1);
        list.GetProperty("edges")[0].GetProperty("node").GetProperty("amount").GetInt64().Should().Be(2_000_000_000);
        (await host.GraphQLAsync("{ scienceFundContributions(filter: { to: \"2025-01-31\" }) { edges { node { receivedOn } } } }", token: host.Editor))
            .Data("scienceFundContributions").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").Text("receivedOn"))
            .Should().Equal("2025-01-15", "2024-12-20");

        var capital = (await host.GraphQLAsync("{ scienceFundCapital(filter: { from: \"2025-01-01\" }) { source amount contributions } }",
            token: host.Host.Token("viewer"))).Data("scienceFundCapital");
        capital.EnumerateArray().Select(c => (c.Text("source"), c.GetProperty("amount").GetInt64(), c.GetProperty("contributions").GetInt32()))
            .Should().Equal(("STATE_BUDGET", 7_000_000_000L, 2), ("ENTERPRISE", 700_000_000L, 1));
    }

    [Fact]
    public async Task Calls_are_filtered_by_status_year_and_code_and_absurd_years_are_refused()
    {
        var (closed, closedCode) = await host.OpenCallAsync("2024-01-01", "2024-03-31", 1_000_000_000);
        var (open, _) = await host.OpenCallAsync("2025-01-01", "2099-12-31", 1_000_000_000);

        async Task<List<Guid>> CallsAsync(string filter) =>
            (await host.GraphQLAsync($"{{ scienceFundCalls(filter: {filter}) {{ edges {{ node {{ id }} }} }} }}", token: host.Editor))
                .Data("scienceFundCalls").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").Id()).ToList();

        (await CallsAsync("{ status: CLOSED }")).Should().Equal(closed);
        (await CallsAsync("{ status: OPEN }")).Should().Equal(open);
        (await CallsAsync("{ status: UPCOMING }")).Should().BeEmpty();
        (await CallsAsync("{ year: 2024 }")).Should().Equal(closed);
        (await CallsAsync($"{{ search: \"{closedCode.ToLowerInvariant()}\" }}")).Should().Equal(closed);

        (await host.GraphQLAsync("{ scienceFundCalls(filter: { year: 99999 }) { totalCount } }", token: host.Editor))
            .FirstError().Should().Match<(string?, string?, string?)>(e => e.Item1 == "VALIDATION" && e.Item2 == "year");
        (await host.GraphQLAsync("{ scienceFundGrants(filter: { year: 99999 }) { totalCount } }", token: host.Editor))
            .FirstError().Should().Match<(string?, string?, string?)>(e => e.Item1 == "VALIDATION" && e.Item2 == "year");
    }
}
