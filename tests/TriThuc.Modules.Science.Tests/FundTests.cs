using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

public sealed class FundTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    private readonly Dictionary<Guid, string> _callCodes = [];

    [Fact]
    public async Task The_fund_pays_within_each_grant_and_within_its_balance_on_every_day()
    {
        (await host.BalanceAsync("2024-12-31")).Should().Be(0);
        await host.ContributeAsync(10_000_000_000, "2025-01-15");
        (await host.BalanceAsync("2025-01-14")).Should().Be(0, "the capital arrives on the 15th");
        (await host.BalanceAsync("2025-01-15")).Should().Be(10_000_000_000);

        var call = await OpenCallAsync("2025-01-01", "2025-12-31", 20_000_000_000);
        var first = await host.GrantAsync(call, 8_000_000_000, "2025-02-01", "2025-02-15");

        (await host.DisburseAsync(first, 9_000_000_000, "2025-03-01")).FirstError().Should().Be(("CONFLICT", "amount",
            "Số giải ngân 9.000.000.000 đồng vượt phần còn lại của khoản tài trợ: 8.000.000.000 đồng (tài trợ 8.000.000.000 đồng, đã giải ngân 0 đồng)."));
        (await host.DisburseAsync(first, 6_000_000_000, "2025-03-01")).Data("disburseScienceFundGrant");
        (await host.BalanceAsync("2025-02-28")).Should().Be(10_000_000_000);
        (await host.BalanceAsync("2025-03-01")).Should().Be(4_000_000_000);

        var second = await host.GrantAsync(call, 9_000_000_000, "2025-04-20", "2025-05-01");
        (await host.DisburseAsync(second, 5_000_000_000, "2025-05-15")).FirstError().Should().Be(("CONFLICT", "amount",
            "Số giải ngân 5.000.000.000 đồng vượt số dư của quỹ 4.000.000.000 đồng vào ngày 15/05/2025."));

        await host.ContributeAsync(5_000_000_000, "2025-06-01");
        (await host.DisburseAsync(second, 8_000_000_000, "2025-06-10")).Data("disburseScienceFundGrant");
        (await host.BalanceAsync("2025-06-10")).Should().Be(1_000_000_000);

        var (code, _, message) = (await host.DisburseAsync(first, 2_000_000_000, "2025-04-01")).FirstError();
        code.Should().Be("CONFLICT", "4 billion are there on 1 April, but paying 2 then would leave the fund 1 billion short on 10 June");
        message.Should().Contain("1.000.000.000 đồng vào ngày 10/06/2025");

        var grants = (await host.GraphQLAsync("{ scienceFundGrants(filter: { year: 2025 }) { totalCount edges { node { id amount remaining disbursements { amount paidOn } } } } }",
            token: host.RegistryEditor)).Data("scienceFundGrants");
        grants.GetProperty("totalCount").GetInt32().Should().Be(2);
        var firstGrant = grants.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).Single(n => n.Id() == first);
        firstGrant.GetProperty("remaining").GetInt64().Should().Be(2_000_000_000);
        firstGrant.GetProperty("disbursements").GetArrayLength().Should().Be(1);
        (await host.GraphQLAsync("{ scienceFundBalance(on: \"2025-12-31\") }", token: host.Host.Token("viewer")))
            .Data("scienceFundBalance").GetInt64().Should().Be(1_000_000_000, "a leader reads the balance, an aggregate");
    }

    [Fact]
    public async Task Grants_stay_within_the_request_and_the_call_budget_and_applications_within_the_call_window()
    {
        var call = await OpenCallAsync("2024-01-01", "2024-01-31", 1_000_000_000);
        (await host.ApplyAsync(call, 500_000_000, "2024-02-05")).FirstError().Field.Should().Be("submittedOn");

        var first = (await host.ApplyAsync(call, 800_000_000, "2024-01-10")).Data("submitScienceFundApplication").Id();
        (await host.AwardAsync(first, 900_000_000, "2024-02-01")).FirstError().Should().Be(("VALIDATION", "amount",
            "Số tiền tài trợ 900.000.000 đồng vượt số đề nghị 800.000.000 đồng."));
        (await host.AwardAsync(first, 700_000_000, "2024-02-01")).Data("awardScienceFundGrant");
        (await host.AwardAsync(first, 100_000_000, "2024-02-02")).FirstError().Code.Should().Be("CONFLICT", "an application is granted once");

        var second = (await host.ApplyAsync(call, 500_000_000, "2024-01-20")).Data("submitScienceFundApplication").Id();
        (await host.AwardAsync(second, 400_000_000, "2024-02-01")).FirstError().Should().Be(("CONFLICT", "amount",
            $"Số tiền tài trợ 400.000.000 đồng vượt phần còn lại của đợt '{CallCode(call)}': 300.000.000 đồng (ngân sách 1.000.000.000 đồng, đã cam kết 700.000.000 đồng)."));
    }

    private async Task<Guid> OpenCallAsync(string opensOn, string closesOn, long budget)
    {
        var (call, code) = await host.OpenCallAsync(opensOn, closesOn, budget);
        _callCodes[call] = code;
        return call;
    }

    private string CallCode(Guid call) => _callCodes[call];
}
