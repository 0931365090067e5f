using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

public sealed class CaseTests(TalentHost province) : IClassFixture<TalentHost>
{
    private readonly CaseSteps _steps = new(province);

    [Fact]
    public async Task An_editor_takes_a_case_from_application_to_a_broken_commitment_with_its_refund()
    {
        var policy = await _steps.PolicyAsync(TalentHost.Version(oneOffMonths: 20m, commitmentYears: 5, refundRule: "PRO_RATA_TIME_LEFT"));
        var person = await province.CreatePersonAsync("Vàng Thị Mỷ", province.Hospital, gender: "FEMALE", field: "health");

        var id = (await _steps.ApplyAsync(policy, "2025-03-01")).Data("applyTalentAttractionCase").Id();
        (await _steps.StepAsync("assessTalentAttractionCase", id, "2025-03-10")).Data("assessTalentAttractionCase").Text("status").Should().Be("ELIGIBLE");
        (await _steps.StepAsync("approveTalentAttractionCase", id, "2025-04-01")).Data("approveTalentAttractionCase").Text("status").Should().Be("APPROVED");
        (await _steps.RecruitAsync(id, "2025-05-01", person)).Data("recruitTalentAttractionCase").Text("status").Should().Be("RECRUITED");
        var started = (await _steps.StepAsync("startTalentAttractionCommitment", id, "2025-05-01")).Data("startTalentAttractionCommitment");
        var broken = (await _steps.StepAsync("breakTalentAttractionCommitment", id, "2026-05-15", ", brokenOn: \"2026-05-01\", reason: $reason",
            new { reason = "Chuyển theo gia đình về Hà Nội" }, ", $reason: String!")).Data("breakTalentAttractionCommitment");

        started.Text("commitmentEndsOn").Should().Be("2030-04-30", "five years from 1 May 2025");
        broken.Text("status").Should().Be("BROKEN");
        broken.GetProperty("decisions").EnumerateArray().Select(d => d.Text("status")).Should()
            .Equal("ELIGIBLE", "APPROVED", "RECRUITED", "IN_COMMITMENT", "BROKEN");
        var withPermission = (await province.GraphQLAsync("query($id: ID!) { talentAttractionCase(id: $id) { oneOffAmount refundAmount brokenReason } }",
            new { id }, province.PersonalDataEditor)).Data("talentAttractionCase");
        withPermission.GetProperty("oneOffAmount").GetInt64().Should().Be(46_800_000, "20 months of the base salary of 2,340,000 in force on 1 April 2025");
        withPermission.GetProperty("refundAmount").GetInt64().Should().Be(37_419_496, "1,460 of the commitment's 1,826 days were left");
        withPermission.Text("brokenReason").Should().Be("Chuyển theo gia đình về Hà Nội");
        var withoutPermission = await province.GraphQLAsync("query($id: ID!) { talentAttractionCase(id: $id) { brokenReason } }", new { id }, province.Editor);
        withoutPermission.FirstError().Code.Should().Be("FORBIDDEN", "the reason is personal data");
        var onPerson = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { talentAttractionCases { status } } }", new { id = person }, province.RegistryEditor))
            .Data("intellectual").GetProperty("talentAttractionCases").EnumerateArray().Single();
        onPerson.Text("status").Should().Be("BROKEN");
    }

    [Fact]
    public async Task An_ineligible_application_names_every_criterion_it_fails()
    {
        var policy = await _steps.PolicyAsync(TalentHost.Version(minimumDegree: "MASTER", fields: ["health"], maximumAge: 35));
        var id = (await _steps.ApplyAsync(policy, "2025-06-01", birthDate: "1985-01-01", degree: "UNIVERSITY", fieldCode: "agriculture")).Data("applyTalentAttractionCase").Id();

        var assessed = (await _steps.StepAsync("assessTalentAttractionCase", id, "2025-06-10")).Data("assessTalentAttractionCase");

        assessed.Text("status").Should().Be("INELIGIBLE");
        assessed.GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()).Should().Equal("DEGREE", "FIELD", "AGE");
    }

    [Fact]
    public async Task A_case_is_judged_by_the_policy_version_in_force_on_its_application_day()
    {
        var policy = await _steps.PolicyAsync(TalentHost.Version(maximumAge: 35));
        (await province.GraphQLAsync("mutation($id: ID!, $input: TalentPolicyVersionInput!) { amendTalentAttractionPolicy(id: $id, input: $input) { id } }",
            new { id = policy, input = TalentHost.Version(effectiveFrom: "2026-01-01", number: "08/2025/NQ-HĐND", maximumAge: 40) }, province.Editor))
            .Data("amendTalentAttractionPolicy");

        var before = (await _steps.ApplyAsync(policy, "2025-12-15", birthDate: "1988-01-01")).Data("applyTalentAttractionCase").Id();
        var after = (await _steps.ApplyAsync(policy, "2026-01-05", birthDate: "1988-01-01")).Data("applyTalentAttractionCase").Id();

        (await _steps.StepAsync("assessTalentAttractionCase", before, "2026-02-01")).Data("assessTalentAttractionCase")
            .GetProperty("failedCriteria").EnumerateArray().Select(c => c.GetString()).Should().Equal(["AGE"], "37 is over the 35 of the first version");
        (await _steps.StepAsync("assessTalentAttractionCase", after, "2026-02-01")).Data("assessTalentAttractionCase")
            .Text("status").Should().Be("ELIGIBLE", "the amended version raised the limit to 40 from 1 January 2026");
    }

    [Fact]
    public async Task An_illegal_transition_is_refused_with_a_stable_code_and_a_vietnamese_message()
    {
        var policy = await _steps.PolicyAsync(TalentHost.Version());
        var id = (await _steps.ApplyAsync(policy, "2025-07-01")).Data("applyTalentAttractionCase").Id();

        var skipped = await _steps.StepAsync("approveTalentAttractionCase", id, "2025-07-05");
        (await _steps.StepAsync("assessTalentAttractionCase", id, "2025-07-05")).Data("assessTalentAttractionCase");
        var backdated = await _steps.StepAsync("approveTalentAttractionCase", id, "2025-07-01");

        skipped.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e =>
            e.Code == "CONFLICT" && e.Field == "status" && e.Message!.StartsWith("Không thể chuyển hồ sơ từ trạng thái 'Đã nộp hồ sơ'"));
        backdated.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "decision.decidedOn");
    }

    [Fact]
    public async Task Nobody_holds_benefits_of_two_policies_that_exclude_each_other_for_the_same_months()
    {
        var first = await _steps.PolicyAsync(TalentHost.Version(), exclusionGroup: "THU-HUT-TINH", title: "Thu hút bác sĩ về tuyến tỉnh");
        var second = await _steps.PolicyAsync(TalentHost.Version(), exclusionGroup: "THU-HUT-TINH", title: "Thu hút bác sĩ về tuyến xã");
        var person = await province.CreatePersonAsync("Sùng Mí Páo", province.Hospital, field: "health");
        var held = await _steps.InCommitmentAsync(first, person, "2025-05-01", "2025-06-01");
        (await _steps.StepAsync("breakTalentAttractionCommitment", held, "2025-12-20", ", brokenOn: \"2025-12-15\", reason: \"Nghỉ việc\"")).Data("breakTalentAttractionCommitment");
        var next = (await _steps.ApplyAsync(second, "2025-11-01")).Data("applyTalentAttractionCase").Id();
        (await _steps.StepAsync("assessTalentAttractionCase", next, "2025-11-05")).Data("assessTalentAttractionCase");
        (await _steps.StepAsync("approveTalentAttractionCase", next, "2025-11-10")).Data("approveTalentAttractionCase");

        var sameMonth = await _steps.RecruitAsync(next, "2025-12-20", person);
        var nextMonth = await _steps.RecruitAsync(next, "2026-01-02", person);

        sameMonth.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e =>
            e.Code == "CONFLICT" && e.Field == "personId" && e.Message!.Contains("Thu hút bác sĩ về tuyến tỉnh"), "the first benefit ran until 15 December");
        nextMonth.Data("recruitTalentAttractionCase").Text("status").Should().Be("RECRUITED", "nothing was half-saved by the refused step");
    }

    [Fact]
    public async Task Another_departments_editor_may_not_open_or_move_a_case()
    {
        var policy = await _steps.PolicyAsync(TalentHost.Version());

        var refused = await _steps.ApplyAsync(policy, "2025-07-01", token: province.EditorOf("Health"));

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }
}
