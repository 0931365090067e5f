using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

public sealed class MoneyBoundTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    private const long Cap = 1_000_000_000_000_000;

    [Theory]
    [InlineData("stateBudget")]
    [InlineData("otherBudget")]
    public async Task A_project_budget_is_at_most_ten_to_the_fifteen_dong(string field)
    {
        (await ProposeWithAsync(field, Cap)).Data("proposeScienceProject");
        (await ProposeWithAsync(field, Cap + 1)).FirstError().Should().Match<(string?, string?, string?)>(e =>
            e.Item1 == "VALIDATION" && e.Item2 == field && e.Item3!.Contains("10^15"));
    }

    [Fact]
    public async Task Fund_amounts_are_at_most_ten_to_the_fifteen_dong_and_a_full_budget_does_not_overflow()
    {
        (await host.GraphQLAsync("mutation($input: ScienceFundContributionInput!) { addScienceFundContribution(input: $input) { id } }",
            new { input = new { source = "DONATION", contributor = "Doanh nghiệp", amount = Cap + 1, receivedOn = "2025-01-01" } }, host.Editor))
            .FirstError().Should().Match<(string?, string?, string?)>(e => e.Item1 == "VALIDATION" && e.Item2 == "amount");
        (await host.GraphQLAsync("mutation($input: ScienceFundCallInput!) { openScienceFundCall(input: $input) { id } }",
            new { input = new { code = host.NextCode("QUY"), title = "Đợt quá lớn", opensOn = "2025-01-01", closesOn = "2025-12-31", budget = Cap + 1 } }, host.Editor))
            .FirstError().Field.Should().Be("budget");

        var (call, _) = await host.OpenCallAsync("2025-01-01", "2025-12-31", Cap);
        (await host.ApplyAsync(call, Cap + 1, "2025-02-01")).FirstError().Field.Should().Be("requestedAmount");
        await host.GrantAsync(call, Cap, "2025-02-01", "2025-02-02");
        var second = (await host.ApplyAsync(call, Cap, "2025-02-01")).Data("submitScienceFundApplication").Id();
        (await host.AwardAsync(second, Cap, "2025-02-03")).FirstError().Should().Match<(string?, string?, string?)>(e =>
            e.Item1 == "CONFLICT" && e.Item2 == "amount" && e.Item3!.Contains("phần còn lại"));
    }

    private Task<JsonElement> ProposeWithAsync(string field, long amount) =>
        host.GraphQLAsync("mutation($input: ScienceProjectInput!) { proposeScienceProject(input: $input) { id } }", new
        {
            input = new Dictionary<string, object>
            {
                ["code"] = host.NextCode(), ["title"] = ProjectSteps.Title, ["level"] = "NATIONAL", ["fieldCode"] = "agriculture",
                ["leadId"] = host.Lead, ["hostUnitId"] = host.Institute, ["stateBudget"] = 0L, ["otherBudget"] = 0L,
                ["plannedStart"] = "2025-03-01", ["plannedEnd"] = "2026-02-28", ["proposedOn"] = "2025-01-10", [field] = amount,
            },
        }, host.Editor);
}
