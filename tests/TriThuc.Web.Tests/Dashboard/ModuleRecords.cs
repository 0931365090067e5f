using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>
/// Talent and Associations records written through the API into the demo province (those modules have no demo data
/// yet), each with names of its own so that tests sharing the province find their rows.
/// </summary>
public sealed class ModuleRecords(DemoProvince province)
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>Today in the province (the browser's zone in these tests), as the pages take it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public string Unique(string text) => $"{text} {_suffix}";

    /// <summary>A day counted from today (units of the merged province may be younger than a fixed past day).</summary>
    private static string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd");

    public async Task<JsonElement> RootUnitAsync() =>
        (await province.GraphQLAsync("{ rootUnits { id name children { id name } } }")).Data("rootUnits")[0];

    public async Task<List<JsonElement>> PeopleAsync(int count) =>
        [.. (await province.GraphQLAsync($"{{ intellectuals(first: {count}, filter: {{ status: WORKING }}) {{ nodes {{ id fullName }} }} }}"))
            .Data("intellectuals").GetProperty("nodes").EnumerateArray()];

    /// <summary>A plan for this year's period with a headcount and a women's-share target for the whole province.</summary>
    public async Task<(Guid Id, string Code, string Title)> PlanAsync(Guid rootUnit)
    {
        var code = "KH-WEB-" + _suffix;
        var title = Unique("Kế hoạch phát triển đội ngũ trí thức");
        var year = Today.Year;
        var id = (await province.GraphQLAsync("mutation($input: TalentWorkforcePlanInput!) { createTalentWorkforcePlan(input: $input) { id } }",
            new { input = new { code, title, fromYear = year, toYear = year + 4, decision = "215/QĐ-UBND" } })).Data("createTalentWorkforcePlan").Id();
        (await province.GraphQLAsync("mutation($plan: ID!, $targets: [TalentPlanTargetInput!]!) { setTalentWorkforcePlanTargets(planId: $plan, targets: $targets) { id } }", new
        {
            plan = id,
            targets = new object[]
            {
                new { year, unitId = rootUnit, measure = "HEADCOUNT", value = 100000m },
                new { year, unitId = rootUnit, measure = "WOMEN_SHARE", value = 0.5m },
            },
        })).Data("setTalentWorkforcePlanTargets");
        return (id, code, title);
    }

    /// <summary>A policy for masters and doctors in health, with one eligible and one ineligible (a bachelor) application.</summary>
    public async Task<(string Policy, string Instrument, string Eligible, string Ineligible)> PolicyWithCasesAsync(Guid unit)
    {
        var title = Unique("Thu hút bác sĩ có trình độ sau đại học");
        var instrument = $"{_suffix}/2025/NQ-HĐND";
        var policy = (await province.GraphQLAsync("mutation($input: TalentAttractionPolicyInput!) { createTalentAttractionPolicy(input: $input) { id } }", new
        {
            input = new
            {
                code = "CS-WEB-" + _suffix, title,
                version = new
                {
                    effectiveFrom = "2025-01-01", instrumentKind = "PEOPLES_COUNCIL_RESOLUTION", instrumentNumber = instrument, instrumentSignedOn = "2024-12-10",
                    issuer = "Hội đồng nhân dân tỉnh", minimumDegree = "MASTER", fieldCodes = new[] { "health" }, maximumAge = 45,
                    extremelyDifficultAreasOnly = false, oneOffBaseSalaryMonths = 20m, monthlyShare = 0.5m, monthlyBase = "BASE_SALARY",
                    housing = true, commitmentYears = 5, refundRule = "PRO_RATA_TIME_LEFT",
                },
            },
        })).Data("createTalentAttractionPolicy").Id();
        var eligible = Unique("Vàng Thị Mỷ");
        var ineligible = Unique("Lò Văn Páo");
        foreach (var (name, degree) in new[] { (eligible, "MASTER"), (ineligible, "UNIVERSITY") })
        {
            var id = (await province.GraphQLAsync("mutation($input: TalentApplicantInput!) { applyTalentAttractionCase(input: $input) { id } }", new
            {
                input = new { policyId = policy, applicantName = name, birthDate = "1995-05-01", degree, fieldCode = "health", targetUnitId = unit, appliedOn = Day(-20) },
            })).Data("applyTalentAttractionCase").Id();
            (await province.GraphQLAsync("mutation($id: ID!, $decision: TalentDecisionInput!) { assessTalentAttractionCase(id: $id, decision: $decision) { id } }",
                new { id, decision = new { number = $"{_suffix}-{degree}/QĐ-SNV", decidedOn = Day(-10) } })).Data("assessTalentAttractionCase");
        }

        return (title, instrument, eligible, ineligible);
    }

    /// <summary>
    /// An association with three members (one lapsed, one honorary and current, one outsider new), a critique request
    /// answered on one of its two recommendations, and a draft open for comment with one comment.
    /// </summary>
    public async Task<AssociationRecords> AssociationAsync(Guid agency, IReadOnlyList<JsonElement> people)
    {
        var title = Unique("Hội Y học dân tộc");
        var association = (await province.GraphQLAsync("mutation($input: AssociationsAssociationInput!) { foundAssociationsAssociation(input: $input) { id } }",
            new { input = new { title, kind = "SPECIALISED", field = "Y dược", foundingDecision = $"{_suffix}/QĐ-UBND", foundedOn = "2020-01-15" } }))
            .Data("foundAssociationsAssociation").Id();
        var outsider = Unique("Nguyễn Thị Ngoài");
        foreach (var member in new object[]
        {
            new { associationId = association, personId = (Guid?)people[0].Id(), externalName = (string?)null, kind = "OFFICIAL", joinedOn = "2021-03-01" },
            new { associationId = association, personId = (Guid?)people[1].Id(), externalName = (string?)null, kind = "HONORARY", joinedOn = "2022-01-01" },
            new { associationId = association, personId = (Guid?)null, externalName = (string?)outsider, kind = "ASSOCIATE", joinedOn = Day(-10) },
        })
        {
            (await province.GraphQLAsync("mutation($input: AssociationsMemberInput!) { admitAssociationsMember(input: $input) { id } }", new { input = member }))
                .Data("admitAssociationsMember");
        }

        var responderId = "co-quan-" + _suffix;
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }", new { unit = agency, user = responderId }))
            .Data("grantAssociationsAgencyResponder");
        var responder = province.Host.TokenFor(responderId, Roles.Editor, "Associations");

        var subject = Unique("Đề án phát triển y tế cơ sở 2026–2030");
        var request = (await province.GraphQLAsync("mutation($input: AssociationsConsultationInput!) { requestAssociationsConsultation(input: $input) { id } }", new
        {
            input = new
            {
                agencyUnitId = agency, subject, subjectKind = "PROJECT", kind = "CRITIQUE", documents = "Dự thảo đề án",
                receivedOn = Day(-30), deadline = Day(30), associationId = association,
            },
        }, responder)).Data("requestAssociationsConsultation").Id();
        string[] recommendations = [Unique("Bổ sung chỉ tiêu bác sĩ về xã"), Unique("Ưu tiên ngân sách cho trạm y tế biên giới")];
        var delivered = (await province.GraphQLAsync(
            "mutation($id: ID!, $input: AssociationsConsolidatedOpinionInput!) { deliverAssociationsOpinion(id: $id, input: $input) { currentOpinion { recommendations { id } } } }",
            new { id = request, input = new { summary = "Hội đồng thống nhất góp ý.", deliveredOn = Day(-5), recommendations } }))
            .Data("deliverAssociationsOpinion").GetProperty("currentOpinion").GetProperty("recommendations")[0].Id();
        var answer = Unique("Tiếp thu, sửa mục 3");
        (await province.GraphQLAsync("mutation($id: ID!, $input: AssociationsResponseInput!) { answerAssociationsRecommendation(id: $id, input: $input) { id } }",
            new { id = delivered, input = new { kind = "ACCEPTED", text = answer, answeredOn = Day(-1) } }, responder)).Data("answerAssociationsRecommendation");

        var draftTitle = Unique("Dự thảo Nghị quyết hỗ trợ bác sĩ về xã");
        var paragraph = (await province.GraphQLAsync("mutation($input: AssociationsDraftInput!) { publishAssociationsDraft(input: $input) { paragraphs { id } } }", new
        {
            input = new
            {
                agencyUnitId = agency, title = draftTitle, paragraphs = new[] { "Điều 1. Phạm vi điều chỉnh.", "Điều 2. Mức hỗ trợ." },
                opensAt = DateTimeOffset.UtcNow.AddMinutes(-1), closesAt = DateTimeOffset.UtcNow.AddDays(14),
            },
        }, responder)).Data("publishAssociationsDraft").GetProperty("paragraphs")[1].Id();
        var comment = Unique("Đề nghị nâng mức hỗ trợ ở xã biên giới");
        (await province.GraphQLAsync("mutation($input: AssociationsDraftCommentInput!) { submitAssociationsDraftComment(input: $input) { id } }",
            new { input = new { paragraphId = paragraph, personId = people[0].Id(), text = comment } })).Data("submitAssociationsDraftComment");

        return new(association, title, outsider, subject, recommendations, answer, draftTitle, comment);
    }

    /// <summary>
    /// An association founded with five-year terms and amended to three from 1 January 2025, with a term begun in 2021
    /// whose president (<paramref name="people"/>[0]) left on 30 June 2024 and was succeeded by <paramref name="people"/>[1].
    /// </summary>
    public async Task<AssociationBoard> AssociationBoardAsync(IReadOnlyList<JsonElement> people)
    {
        var title = Unique("Hội Khoa học lịch sử");
        var association = (await province.GraphQLAsync("mutation($input: AssociationsAssociationInput!) { foundAssociationsAssociation(input: $input) { id } }",
            new { input = new { title, kind = "SPECIALISED", field = "Khoa học xã hội", foundingDecision = $"{_suffix}/QĐ-UBND", foundedOn = "2015-01-01" } }))
            .Data("foundAssociationsAssociation").Id();
        foreach (var person in people.Take(2))
        {
            (await province.GraphQLAsync("mutation($input: AssociationsMemberInput!) { admitAssociationsMember(input: $input) { id } }",
                new { input = new { associationId = association, personId = person.Id(), kind = "OFFICIAL", joinedOn = "2016-01-01" } })).Data("admitAssociationsMember");
        }

        var termTitle = Unique("Khóa II, 2021–2026");
        var term = (await province.GraphQLAsync("mutation($input: AssociationsTermInput!) { openAssociationsTerm(input: $input) { id } }",
            new { input = new { associationId = association, title = termTitle, congressDecision = $"{_suffix}/NQ-ĐH", startsOn = "2021-03-01", endsOn = "2026-02-28" } }))
            .Data("openAssociationsTerm").Id();
        const string appoint = "mutation($id: ID!, $input: AssociationsLeaderInput!) { appointAssociationsLeader(id: $id, input: $input) { leaders { id } } }";
        var president = (await province.GraphQLAsync(appoint, new { id = term, input = new { personId = people[0].Id(), role = "PRESIDENT", appointedOn = "2021-03-01" } }))
            .Data("appointAssociationsLeader").GetProperty("leaders")[0].Id();
        var reason = Unique("Nghỉ hưu theo Quyết định 45/QĐ-HKH");
        (await province.GraphQLAsync("mutation($id: ID!, $input: AssociationsLeaderLeaveInput!) { leaveAssociationsLeaderSeat(id: $id, input: $input) { id } }",
            new { id = president, input = new { leftOn = "2024-06-30", reason } })).Data("leaveAssociationsLeaderSeat");
        (await province.GraphQLAsync(appoint, new { id = term, input = new { personId = people[1].Id(), role = "PRESIDENT", appointedOn = "2024-07-01" } }))
            .Data("appointAssociationsLeader");
        var amendment = $"{_suffix}/QĐ-SNV";
        (await province.GraphQLAsync("mutation($id: ID!, $input: AssociationsCharterAmendmentInput!) { amendAssociationsCharter(id: $id, input: $input) { id } }",
            new { id = association, input = new { termYears = 3, number = amendment, decidedOn = "2025-01-01" } })).Data("amendAssociationsCharter");
        return new(association, title, termTitle, reason, amendment);
    }
}

public sealed record AssociationBoard(Guid Id, string Title, string Term, string LeftReason, string Amendment);

public sealed record AssociationRecords(
    Guid Id, string Title, string Outsider, string Subject, string[] Recommendations, string Answer, string DraftTitle, string Comment);
