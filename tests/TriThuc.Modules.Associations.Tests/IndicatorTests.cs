using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>L1–L4 (issue 24's S1–S4) on a hand-built province: members in every status, requests on time and late, answers of both kinds.</summary>
public sealed class IndicatorTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task Members_requests_and_answers_are_counted_on_the_day_and_year_to_date()
    {
        var (nurses, nursesEditor) = await province.FoundAsync("Hội Điều dưỡng", foundedOn: "2020-01-01", graceDays: 90);
        var (history, historyEditor) = await province.FoundAsync("Hội Sử học", foundedOn: "2020-01-01");
        var current = await province.AdmitAsync(nurses, province.People[0], "2025-01-10", nursesEditor);
        (await province.DuesRawAsync(current, 2025, "2025-01-10", nursesEditor)).Data("recordAssociationsDues");
        (await province.DuesRawAsync(current, 2026, "2026-01-05", nursesEditor)).Data("recordAssociationsDues");
        var lapsed = await province.AdmitAsync(nurses, province.People[1], "2024-01-01", nursesEditor);
        (await province.DuesRawAsync(lapsed, 2024, "2024-01-01", nursesEditor)).Data("recordAssociationsDues");
        await province.AdmitAsync(nurses, null, "2026-05-01", nursesEditor, externalName: "Bà Ngoài Danh Sách");
        await province.AdmitAsync(history, province.People[0], "2023-01-01", historyEditor, kind: "HONORARY");

        var agency = await AgencyAsync();
        var onTime = await RequestAsync(nurses, agency, "2026-02-01", "2026-03-01");
        var late = await RequestAsync(nurses, agency, "2026-02-01", "2026-03-15");
        await RequestAsync(history, agency, "2025-04-01", "2025-05-01");
        await RequestAsync(history, agency, "2026-02-01", "2026-12-01");
        var onTimeRecommendations = await DeliverAsync(onTime, "2026-02-20", ["Bổ sung chỉ tiêu", "Giảm thủ tục"], nursesEditor);
        var lateRecommendations = await DeliverAsync(late, "2026-04-01", ["Tăng kinh phí"], nursesEditor);
        await AnswerAsync(onTimeRecommendations[0], "ACCEPTED", "2026-03-10", agency);
        await AnswerAsync(onTimeRecommendations[1], "EXPLAINED", "2026-03-12", agency);
        await AnswerAsync(lateRecommendations[0], "ACCEPTED", "2026-04-10", agency);

        (await ValueAsync("L1", "2026-06-30")).Numerator.Should().Be(3, "the current member, the new outsider and the honorary member; the lapsed one is out");
        (await ValueAsync("L1", "2025-06-30")).Numerator.Should().Be(2, "the outsider had not joined and the 2024 payer had lapsed after the grace");
        (await BreakdownAsync("L1", "association", "2026-06-30")).Should().Contain([(nurses.ToString(), 2m), (history.ToString(), 1m)]);
        (await BreakdownAsync("L1", "associationField", "2026-06-30")).Should().Contain(("Y dược", 3m));
        (await ValueAsync("L2", "2026-06-30")).Should().Be((1m, 6m), "one of the six public-sector intellectuals is a member in good standing");
        (await ValueAsync("L3", "2026-06-30")).Should().Be((1m, 2m), "two requests fell due this year, one answered by its deadline; one not yet due");
        (await ValueAsync("L3", "2025-12-31")).Should().Be((0m, 1m), "the 2025 request got no opinion");
        (await ValueAsync("L4", "2026-06-30")).Should().Be((2m, 3m));
        (await ValueAsync("L4", "2026-03-11")).Should().Be((1m, 1m), "answers count from their day");
    }

    [Fact]
    public async Task The_people_behind_membership_indicators_need_the_personal_data_permission()
    {
        var listed = await province.GraphQLAsync("{ indicator(code: \"L2\") { subjects { totalCount } } }", token: province.RegistryEditor);

        listed.FirstError().Code.Should().Be("FORBIDDEN", "being listed says whether a person belongs to an association");
    }

    private async Task<string> AgencyAsync()
    {
        var user = province.NextCode("co-quan");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }",
            new { unit = province.HealthDepartment, user }, province.Administrator)).Data("grantAssociationsAgencyResponder");
        return province.EditorNamed(user);
    }

    private async Task<Guid> RequestAsync(Guid association, string token, string receivedOn, string deadline) =>
        (await province.GraphQLAsync("mutation($input: AssociationsConsultationInput!) { requestAssociationsConsultation(input: $input) { id } }", new
        {
            input = new
            {
                agencyUnitId = province.HealthDepartment, subject = "Kế hoạch phát triển nhân lực y tế", subjectKind = "PLAN", kind = "CONSULTATION",
                documents = "Dự thảo kế hoạch", receivedOn, deadline, associationId = association, drafterIds = Array.Empty<Guid>(),
            },
        }, token)).Data("requestAssociationsConsultation").Id();

    private async Task<List<Guid>> DeliverAsync(Guid request, string deliveredOn, string[] recommendations, string token) =>
        (await province.GraphQLAsync("mutation($id: ID!, $input: AssociationsConsolidatedOpinionInput!) { deliverAssociationsOpinion(id: $id, input: $input) { currentOpinion { recommendations { id } } } }",
            new { id = request, input = new { summary = "Ý kiến tổng hợp.", deliveredOn, recommendations } }, token))
        .Data("deliverAssociationsOpinion").GetProperty("currentOpinion").GetProperty("recommendations").EnumerateArray().Select(r => r.Id()).ToList();

    private async Task AnswerAsync(Guid recommendation, string kind, string answeredOn, string token) =>
        (await province.GraphQLAsync("mutation($id: ID!, $input: AssociationsResponseInput!) { answerAssociationsRecommendation(id: $id, input: $input) { id } }",
            new { id = recommendation, input = new { kind, text = "Trả lời của cơ quan.", answeredOn } }, token)).Data("answerAssociationsRecommendation");

    private async Task<(decimal Numerator, decimal Denominator)> ValueAsync(string code, string at)
    {
        var value = (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ value(at: \"{at}\") {{ numerator denominator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("value");
        return (value.GetProperty("numerator").GetDecimal(), value.GetProperty("denominator").ValueKind == JsonValueKind.Number ? value.GetProperty("denominator").GetDecimal() : 0m);
    }

    private async Task<List<(string?, decimal)>> BreakdownAsync(string code, string by, string at) =>
        (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ breakdown(by: \"{by}\", at: \"{at}\") {{ key numerator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("breakdown").EnumerateArray().Select(r => (r.Text("key"), r.GetProperty("numerator").GetDecimal())).ToList();
}
