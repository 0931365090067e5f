using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>The monthly allowance of a case: the policy's share of the base salary in force that month, within the commitment.</summary>
public sealed class MonthlyAllowanceTests(TalentHost province) : IClassFixture<TalentHost>
{
    private readonly CaseSteps _steps = new(province);

    [Fact]
    public async Task The_monthly_allowance_follows_the_dated_base_salary_and_stops_with_the_commitment()
    {
        var policy = await _steps.PolicyAsync(TalentHost.Version(commitmentYears: 5));
        var person = await province.CreatePersonAsync("Lò Thị Xuân", province.Hospital, gender: "FEMALE", field: "health");
        var id = await _steps.InCommitmentAsync(policy, person, "2025-03-01", "2025-05-10");
        (await _steps.StepAsync("breakTalentAttractionCommitment", id, "2026-09-15", ", brokenOn: \"2026-08-31\", reason: $reason",
            new { reason = "Thôi việc" }, ", $reason: String!")).Data("breakTalentAttractionCommitment");

        var read = (await province.GraphQLAsync("""
            query($id: ID!) { talentAttractionCase(id: $id) {
              before: monthlyAllowance(month: "2025-04-30") first: monthlyAllowance(month: "2025-05-20") october: monthlyAllowance(month: "2025-10-01")
              july: monthlyAllowance(month: "2026-07-31") august: monthlyAllowance(month: "2026-08-01") after: monthlyAllowance(month: "2026-09-01") } }
            """, new { id }, province.PersonalDataEditor)).Data("talentAttractionCase");
        var refused = await province.GraphQLAsync("query($id: ID!) { talentAttractionCase(id: $id) { monthlyAllowance(month: \"2025-10-01\") } }", new { id }, province.Editor);

        read.GetProperty("before").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "the commitment starts on 10 May 2025");
        read.GetProperty("first").GetInt64().Should().Be(1_170_000, "half the base salary of 2,340,000");
        read.GetProperty("october").GetInt64().Should().Be(1_170_000);
        read.GetProperty("july").GetInt64().Should().Be(1_265_000, "the base salary is 2,530,000 from 1 July 2026");
        read.GetProperty("august").GetInt64().Should().Be(1_265_000, "the commitment was broken on 31 August 2026");
        read.GetProperty("after").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        refused.FirstError().Code.Should().Be("FORBIDDEN", "a benefit amount is personal data");
    }
}
