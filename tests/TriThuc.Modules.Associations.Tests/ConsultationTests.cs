using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>A consultation from an agency's request to every recommendation answered, and each of its rules.</summary>
public sealed class ConsultationTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private const string Fields = "id overdue(on: \"2025-06-01\") panel { person { id } } conflicts { reason person { id } } currentOpinion { id deliveredOn recommendations { id number response { kind } } } opinions { id supersedesId }";

    private async Task<string> AgencyAsync(Guid unit)
    {
        var user = province.NextCode("co-quan");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }", new { unit, user }, province.Administrator))
            .Data("grantAssociationsAgencyResponder");
        return province.EditorNamed(user);
    }

    private Task<JsonElement> RequestAsync(Guid association, string token, string deadline = "2025-05-01", Guid[]? drafters = null) =>
        province.GraphQLAsync($"mutation($input: AssociationsConsultationInput!) {{ requestAssociationsConsultation(input: $input) {{ {Fields} }} }}",
            new
            {
                input = new
                {
                    agencyUnitId = province.HealthDepartment, subject = "Đề án phát triển y tế cơ sở 2026–2030", subjectKind = "PROJECT", kind = "CRITIQUE",
                    documents = "Dự thảo đề án; Tờ trình số 12/TTr-SYT", receivedOn = "2025-03-01", deadline, associationId = association, drafterIds = drafters ?? [],
                },
            }, token);

    private Task<JsonElement> CallAsync(string mutation, object variables, string token) =>
        province.GraphQLAsync($"mutation{mutation} {Fields} }} }}", variables, token);

    private Task<JsonElement> SeatAsync(Guid request, Guid person, string token) =>
        CallAsync("($id: ID!, $p: ID!) { seatAssociationsExpert(id: $id, personId: $p) {", new { id = request, p = person }, token);

    private Task<JsonElement> DeliverAsync(Guid request, string deliveredOn, string[] recommendations, string token) =>
        CallAsync("($id: ID!, $input: AssociationsConsolidatedOpinionInput!) { deliverAssociationsOpinion(id: $id, input: $input) {",
            new { id = request, input = new { summary = "Hội đồng thống nhất góp ý.", deliveredOn, recommendations } }, token);

    private Task<JsonElement> AnswerAsync(Guid recommendation, string kind, string token, string answeredOn = "2025-05-10") =>
        CallAsync("($id: ID!, $input: AssociationsResponseInput!) { answerAssociationsRecommendation(id: $id, input: $input) {",
            new { id = recommendation, input = new { kind, text = kind == "ACCEPTED" ? "Tiếp thu, sửa mục 3." : "Giải trình: đã có trong kế hoạch 2027.", answeredOn } }, token);

    [Fact]
    public async Task A_request_that_names_no_drafters_is_accepted_whether_the_list_is_left_out_or_null()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var (association, _) = await province.FoundAsync("Hội Điều dưỡng", foundedOn: "2016-01-01");
        const string mutation = "mutation($input: AssociationsConsultationInput!) { requestAssociationsConsultation(input: $input) { id } }";
        foreach (var drafters in new[] { false, true })
        {
            var input = new Dictionary<string, object?>
            {
                ["agencyUnitId"] = province.HealthDepartment, ["subject"] = $"Kế hoạch chăm sóc người cao tuổi {(drafters ? 2 : 1)}", ["subjectKind"] = "PLAN", ["kind"] = "CONSULTATION",
                ["documents"] = "Dự thảo kế hoạch", ["receivedOn"] = "2025-03-01", ["deadline"] = "2025-05-01", ["associationId"] = association,
            };
            if (drafters)
            {
                input["drafterIds"] = null;
            }

            (await province.GraphQLAsync(mutation, new { input }, agency)).Data("requestAssociationsConsultation").Id().Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task A_request_goes_from_the_agency_to_a_consolidated_opinion_to_every_recommendation_answered_and_a_drafter_is_refused_a_seat()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var (association, editor) = await province.FoundAsync("Hội Y tế công cộng", foundedOn: "2015-01-01");
        var (_, otherEditor) = await province.FoundAsync("Hội Kinh tế", foundedOn: "2015-01-01");
        var request = (await RequestAsync(association, agency, drafters: [province.People[0]])).Data("requestAssociationsConsultation").Id();

        var drafter = await SeatAsync(request, province.People[0], editor);
        var drafterByAdministrator = await SeatAsync(request, province.People[0], province.Administrator);
        (await SeatAsync(request, province.People[1], editor)).Data("seatAssociationsExpert");
        (await SeatAsync(request, province.People[2], editor)).Data("seatAssociationsExpert");
        var declared = (await CallAsync("($id: ID!, $p: ID!) { declareAssociationsConflict(id: $id, personId: $p) {", new { id = request, p = province.People[2] }, agency))
            .Data("declareAssociationsConflict");
        var reseated = await SeatAsync(request, province.People[2], province.Administrator);
        var byOtherAssociation = await SeatAsync(request, province.People[3], otherEditor);
        (await CallAsync("($id: ID!, $input: AssociationsExpertOpinionInput!) { recordAssociationsExpertOpinion(id: $id, input: $input) {",
            new { id = request, input = new { personId = province.People[1], text = "Cần bổ sung chỉ tiêu nhân lực.", givenOn = "2025-04-01" } }, editor))
            .Data("recordAssociationsExpertOpinion");
        var delivered = (await DeliverAsync(request, "2025-04-20", ["Bổ sung chỉ tiêu bác sĩ/vạn dân.", "Ưu tiên trạm y tế xã biên giới."], editor))
            .Data("deliverAssociationsOpinion").GetProperty("currentOpinion");
        var recommendations = delivered.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();

        var byAssociation = await AnswerAsync(recommendations[0], "ACCEPTED", editor);
        (await AnswerAsync(recommendations[0], "ACCEPTED", agency)).Data("answerAssociationsRecommendation");
        var unanswered = (await province.GraphQLAsync("query($unit: ID) { associationsUnansweredRecommendations(agencyUnitId: $unit) { edges { node { id } } } }",
            new { unit = province.HealthDepartment }, province.RegistryEditor)).Data("associationsUnansweredRecommendations")
            .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetGuid()).ToList();
        var answered = (await AnswerAsync(recommendations[1], "EXPLAINED", agency)).Data("answerAssociationsRecommendation");

        foreach (var refused in new[] { drafter, drafterByAdministrator, reseated })
        {
            refused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "personId");
        }

        drafter.FirstError().Message.Should().Contain("soạn thảo");
        declared.GetProperty("panel").EnumerateArray().Select(s => s.GetProperty("person").GetProperty("id").GetGuid()).Should().Equal(province.People[1]);
        byOtherAssociation.FirstError().Code.Should().Be("FORBIDDEN");
        byAssociation.FirstError().Code.Should().Be("FORBIDDEN", "the agency answers its own requests, not the association");
        unanswered.Should().Contain(recommendations[1]).And.NotContain(recommendations[0]);
        answered.GetProperty("currentOpinion").GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("response").Text("kind"))
            .Should().Equal("ACCEPTED", "EXPLAINED");
        answered.GetProperty("overdue").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_delivered_opinion_is_not_edited_only_superseded_and_its_answers_stay_with_it()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var (association, editor) = await province.FoundAsync("Hội Quy hoạch", foundedOn: "2015-01-01");
        var request = (await RequestAsync(association, agency)).Data("requestAssociationsConsultation").Id();
        var first = (await DeliverAsync(request, "2025-04-20", ["Kiến nghị A."], editor)).Data("deliverAssociationsOpinion").GetProperty("currentOpinion");
        var firstRecommendation = first.GetProperty("recommendations")[0].GetProperty("id").GetGuid();
        (await AnswerAsync(firstRecommendation, "EXPLAINED", agency)).Data("answerAssociationsRecommendation");

        var again = await DeliverAsync(request, "2025-04-25", ["Kiến nghị A sửa."], editor);
        var superseding = (await CallAsync("($id: ID!, $input: AssociationsConsolidatedOpinionInput!) { supersedeAssociationsOpinion(id: $id, input: $input) {",
            new { id = first.GetProperty("id").GetGuid(), input = new { summary = "Thay thế.", deliveredOn = "2025-04-25", recommendations = new[] { "Kiến nghị A sửa.", "Kiến nghị B." } } }, editor))
            .Data("supersedeAssociationsOpinion");
        var supersedeOld = await CallAsync("($id: ID!, $input: AssociationsConsolidatedOpinionInput!) { supersedeAssociationsOpinion(id: $id, input: $input) {",
            new { id = first.GetProperty("id").GetGuid(), input = new { summary = "Lần nữa.", deliveredOn = "2025-04-26", recommendations = new[] { "C." } } }, editor);
        var answerOld = await AnswerAsync(first.GetProperty("recommendations")[0].GetProperty("id").GetGuid(), "ACCEPTED", agency);

        again.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("không sửa được"));
        supersedeOld.FirstError().Code.Should().Be("CONFLICT");
        answerOld.FirstError().Code.Should().Be("CONFLICT");
        superseding.GetProperty("opinions").EnumerateArray().Select(o => o.GetProperty("supersedesId").ValueKind == JsonValueKind.Null ? "first" : "second")
            .Should().Equal("first", "second");
        superseding.GetProperty("currentOpinion").GetProperty("recommendations").GetArrayLength().Should().Be(2);
        var kept = (await province.GraphQLAsync("query($id: ID!) { associationsConsultation(id: $id) { opinions { summary recommendations { text response { kind } } } } }",
            new { id = request }, province.RegistryEditor)).Data("associationsConsultation").GetProperty("opinions")[0];
        kept.GetProperty("summary").GetString().Should().Be("Hội đồng thống nhất góp ý.", "the delivered opinion is kept as it was");
        kept.GetProperty("recommendations")[0].GetProperty("response").Text("kind").Should().Be("EXPLAINED");
    }

    [Fact]
    public async Task Overdue_requests_are_listed_and_only_the_agencys_people_send_a_request()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var otherAgency = await AgencyAsync(province.EducationDepartment);
        var (association, editor) = await province.FoundAsync("Hội Giao thông", foundedOn: "2015-01-01");
        var late = (await RequestAsync(association, agency, deadline: "2025-04-01")).Data("requestAssociationsConsultation").Id();
        var onTime = (await RequestAsync(association, agency, deadline: "2025-04-01")).Data("requestAssociationsConsultation").Id();
        (await DeliverAsync(onTime, "2025-03-30", ["Một kiến nghị."], editor)).Data("deliverAssociationsOpinion");

        var byOtherAgency = await RequestAsync(association, otherAgency);
        var byAssociation = await RequestAsync(association, editor);
        var backwards = await RequestAsync(association, agency, deadline: "2025-02-01");
        var overdue = (await province.GraphQLAsync("query($a: ID!) { associationsConsultations(filter: { associationId: $a, overdueOn: \"2025-06-01\" }) { edges { node { id } } } }",
            new { a = association }, province.RegistryEditor)).Data("associationsConsultations")
            .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetGuid()).ToList();

        overdue.Should().Equal(late);
        byOtherAgency.FirstError().Code.Should().Be("FORBIDDEN");
        byAssociation.FirstError().Code.Should().Be("FORBIDDEN");
        backwards.FirstError().Field.Should().Be("deadline");
    }

    [Fact]
    public async Task A_persons_consultation_panels_show_on_their_record_and_leave_it_with_a_declared_conflict()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var (association, editor) = await province.FoundAsync("Hội Môi trường", foundedOn: "2015-01-01");
        var first = (await RequestAsync(association, agency)).Data("requestAssociationsConsultation").Id();
        var second = (await RequestAsync(association, agency)).Data("requestAssociationsConsultation").Id();
        (await SeatAsync(first, province.People[4], editor)).Data("seatAssociationsExpert");
        (await SeatAsync(second, province.People[4], editor)).Data("seatAssociationsExpert");
        (await SeatAsync(second, province.People[5], editor)).Data("seatAssociationsExpert");
        (await CallAsync("($id: ID!, $p: ID!) { declareAssociationsConflict(id: $id, personId: $p) {", new { id = first, p = province.People[4] }, editor))
            .Data("declareAssociationsConflict");

        var panels = (await province.GraphQLAsync("query($a: ID!, $b: ID!, $c: ID!) { a: intellectual(id: $a) { associationsConsultationPanels { id } } b: intellectual(id: $b) { associationsConsultationPanels { id } } c: intellectual(id: $c) { associationsConsultationPanels { id } } }",
            new { a = province.People[4], b = province.People[5], c = province.People[3] }, province.RegistryEditor)).GetProperty("data");

        List<Guid> Of(string alias) => panels.GetProperty(alias).GetProperty("associationsConsultationPanels").EnumerateArray().Select(r => r.Id()).ToList();
        Of("a").Should().Equal(second);
        Of("b").Should().Equal(second);
        Of("c").Should().BeEmpty();
    }
}
