using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

public sealed class PolicyTests(TalentHost province) : IClassFixture<TalentHost>
{
    [Fact]
    public async Task An_amended_policy_keeps_its_earlier_version_for_the_days_before_the_amendment()
    {
        var policy = (await province.CreatePolicyAsync(TalentHost.Version(number: "15/2024/NQ-HĐND", maximumAge: 35))).Data("createTalentAttractionPolicy").Id();

        var amended = (await province.GraphQLAsync(
            "mutation($id: ID!, $input: TalentPolicyVersionInput!) { amendTalentAttractionPolicy(id: $id, input: $input) { versions { instrumentNumber effectiveTo } } }",
            new { id = policy, input = TalentHost.Version(effectiveFrom: "2026-01-01", number: "08/2025/NQ-HĐND", maximumAge: 40) }, province.Editor))
            .Data("amendTalentAttractionPolicy");
        var read = (await province.GraphQLAsync(
            "query($id: ID!) { talentAttractionPolicy(id: $id) { before: versionOn(day: \"2025-12-31\") { instrumentNumber maximumAge } after: versionOn(day: \"2026-01-01\") { instrumentNumber maximumAge } none: versionOn(day: \"2024-12-31\") { instrumentNumber } } }",
            new { id = policy }, province.Viewer)).Data("talentAttractionPolicy");

        amended.GetProperty("versions").EnumerateArray().Select(v => v.Text("effectiveTo")).Should().Equal("2025-12-31", null);
        read.GetProperty("before").Text("instrumentNumber").Should().Be("15/2024/NQ-HĐND");
        read.GetProperty("before").GetProperty("maximumAge").GetInt32().Should().Be(35);
        read.GetProperty("after").Text("instrumentNumber").Should().Be("08/2025/NQ-HĐND");
        read.GetProperty("none").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "the policy took effect on 1 January 2025");
    }

    [Fact]
    public async Task An_amendment_takes_effect_after_the_version_it_amends()
    {
        var policy = (await province.CreatePolicyAsync(TalentHost.Version(effectiveFrom: "2025-03-01"))).Data("createTalentAttractionPolicy").Id();

        var backdated = await province.GraphQLAsync(
            "mutation($id: ID!, $input: TalentPolicyVersionInput!) { amendTalentAttractionPolicy(id: $id, input: $input) { id } }",
            new { id = policy, input = TalentHost.Version(effectiveFrom: "2025-02-01") }, province.Editor);

        backdated.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "input.effectiveFrom");
    }

    [Fact]
    public async Task A_fixed_one_off_sum_and_a_multiple_of_the_base_salary_are_not_both_set()
    {
        var both = await province.CreatePolicyAsync(TalentHost.Version(oneOffAmount: 100_000_000, oneOffMonths: 10m));

        both.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "version.oneOffAmount");
    }

    [Fact]
    public async Task Another_departments_editor_may_read_policies_but_not_write_them_or_the_legal_parameters()
    {
        var refusedPolicy = await province.CreatePolicyAsync(TalentHost.Version(), token: province.EditorOf("Health"));
        var refusedParameter = await province.SetParameterAsync("BASE_SALARY", 3_000_000m, "2027-01-01", "Nghị định giả định", province.RegistryEditor);
        var list = (await province.GraphQLAsync("{ talentAttractionPolicies { totalCount } }", token: province.EditorOf("Health"))).Data("talentAttractionPolicies");

        refusedPolicy.FirstError().Code.Should().Be("FORBIDDEN");
        refusedParameter.FirstError().Code.Should().Be("FORBIDDEN");
        list.GetProperty("totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task The_base_salary_is_a_dated_value_with_one_value_a_day()
    {
        var twice = await province.SetParameterAsync("BASE_SALARY", 2_400_000m, "2024-07-01", "Nghị định khác");
        var values = (await province.GraphQLAsync("{ talentLegalParameters(kind: BASE_SALARY) { value effectiveFrom } }", token: province.Viewer))
            .Data("talentLegalParameters").EnumerateArray().Select(v => v.Text("effectiveFrom")).ToList();

        twice.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "effectiveFrom");
        values.Should().Equal("2024-07-01", "2026-07-01");
    }
}
