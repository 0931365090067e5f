using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>
/// An intellectual signed in as themselves (role intellectual, their Registry person id in the "person" claim): their own
/// record, their memberships and their comments, commenting as themselves only, and nothing else.
/// </summary>
public sealed class SelfSignInTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private Guid Me => province.People[2];

    private async Task<(Guid Draft, List<Guid> Paragraphs)> OpenDraftAsync()
    {
        var user = province.NextCode("soan-thao");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }",
            new { unit = province.HealthDepartment, user }, province.Administrator)).Data("grantAssociationsAgencyResponder");
        var draft = (await province.GraphQLAsync("mutation($input: AssociationsDraftInput!) { publishAssociationsDraft(input: $input) { id paragraphs { id } } }", new
        {
            input = new
            {
                agencyUnitId = province.HealthDepartment, title = "Dự thảo Kế hoạch y tế cơ sở", paragraphs = new[] { "Mục 1.", "Mục 2." },
                opensAt = province.Clock.GetUtcNow().AddMinutes(-1), closesAt = province.Clock.GetUtcNow().AddHours(2),
            },
        }, province.EditorNamed(user))).Data("publishAssociationsDraft");
        return (draft.Id(), draft.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList());
    }

    private Task<JsonElement> CommentAsync(Guid paragraph, Guid? person, string token, string text) =>
        province.GraphQLAsync("mutation($input: AssociationsDraftCommentInput!) { submitAssociationsDraftComment(input: $input) { person { id } text createdBy } }",
            new { input = new { paragraphId = paragraph, personId = person, text } }, token);

    [Fact]
    public async Task An_intellectual_reads_their_own_record_and_memberships_and_comments_as_themselves_only()
    {
        var (first, firstEditor) = await province.FoundAsync("Hội Y học dự phòng", foundedOn: "2015-01-01");
        var (second, secondEditor) = await province.FoundAsync("Hội Nữ trí thức", foundedOn: "2015-01-01");
        await province.AdmitAsync(first, Me, "2024-01-01", firstEditor);
        await province.AdmitAsync(second, Me, "2024-03-01", secondEditor);
        await province.AdmitAsync(second, province.People[1], "2024-03-01", secondEditor);
        var (draft, paragraphs) = await OpenDraftAsync();
        var me = province.Host.TokenForIntellectual(Me);

        var open = (await province.GraphQLAsync("{ associationsDrafts(filter: { openNow: true }) { nodes { id paragraphs { number text } } } }", token: me))
            .Data("associationsDrafts").GetProperty("nodes").EnumerateArray().Select(d => d.Id()).ToList();
        var implicitly = (await CommentAsync(paragraphs[0], null, me, "Cần thêm bác sĩ cho trạm y tế.")).Data("submitAssociationsDraftComment");
        var explicitly = (await CommentAsync(paragraphs[1], Me, me, "Đồng ý mục 2.")).Data("submitAssociationsDraftComment");
        var forAnother = await CommentAsync(paragraphs[1], province.People[1], me, "Thay người khác.");
        var record = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { fullName unit { name } associationsMemberships { associationId status } associationsDraftComments { text paragraphNumber } } }",
            new { id = Me }, me)).Data("intellectual");

        open.Should().Contain(draft);
        implicitly.GetProperty("person").Id().Should().Be(Me);
        explicitly.GetProperty("person").Id().Should().Be(Me);
        forAnother.FirstError().Code.Should().Be("FORBIDDEN");
        record.Text("fullName").Should().Be("Giàng A Sử");
        record.GetProperty("associationsMemberships").EnumerateArray().Select(m => m.GetProperty("associationId").GetGuid()).Should().Equal(first, second);
        record.GetProperty("associationsDraftComments").EnumerateArray().Select(c => c.Text("text")).Should().Equal("Cần thêm bác sĩ cho trạm y tế.", "Đồng ý mục 2.");
    }

    [Fact]
    public async Task An_intellectual_is_refused_everything_else()
    {
        var (association, editor) = await province.FoundAsync("Hội Khuyến học", foundedOn: "2015-01-01");
        await province.AdmitAsync(association, province.People[1], "2024-01-01", editor);
        var (draft, paragraphs) = await OpenDraftAsync();
        (await CommentAsync(paragraphs[0], province.People[1], editor, "Ý kiến của người khác.")).Data("submitAssociationsDraftComment");
        var me = province.Host.TokenForIntellectual(Me);
        var withoutPerson = province.Host.Token("intellectual");

        var refused = new Dictionary<string, JsonElement>
        {
            ["another's record"] = await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { fullName } }", new { id = province.People[1] }, me),
            ["another's memberships"] = await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { associationsMemberships { id } } }", new { id = province.People[1] }, me),
            ["the list of intellectuals"] = await province.GraphQLAsync("{ intellectuals { totalCount } }", token: me),
            ["their own birth date"] = await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { dateOfBirth } }", new { id = Me }, me),
            ["their record's history"] = await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { history { action } } }", new { id = Me }, me),
            ["duplicate candidates"] = await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { duplicateCandidates { fullName } } }", new { id = Me }, me),
            ["an association's members"] = await province.GraphQLAsync("query($id: ID!) { associationsMembers(associationId: $id) { totalCount } }", new { id = association }, me),
            ["the associations"] = await province.GraphQLAsync("{ associationsAssociations { totalCount } }", token: me),
            ["consultations"] = await province.GraphQLAsync("{ associationsConsultations { totalCount } }", token: me),
            ["other people's comments"] = await province.GraphQLAsync("query($id: ID!) { associationsDraft(id: $id) { comments { text } } }", new { id = draft }, me),
            ["indicators"] = await province.GraphQLAsync("{ indicators { code } }", token: me),
            ["admitting a member"] = await province.AdmitRawAsync(association, Me, "2024-01-01", me),
            ["publishing a draft"] = await province.GraphQLAsync("mutation($input: AssociationsDraftInput!) { publishAssociationsDraft(input: $input) { id } }", new
            {
                input = new { agencyUnitId = province.HealthDepartment, title = "Tự đăng", paragraphs = new[] { "A." }, opensAt = province.Clock.GetUtcNow(), closesAt = province.Clock.GetUtcNow().AddHours(1) },
            }, me),
            ["correcting their record"] = await province.GraphQLAsync("mutation($id: ID!) { updateIntellectual(id: $id, input: { version: 1, jobTitle: \"Giáo sư\" }) { id } }", new { id = Me }, me),
            ["a token without a person"] = await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { fullName } }", new { id = Me }, withoutPerson),
            ["commenting without a person"] = await CommentAsync(paragraphs[0], Me, withoutPerson, "Không có người."),
        };

        refused.Where(r => r.Value.FirstError().Code != "FORBIDDEN").Select(r => $"{r.Key}: {r.Value}").Should().BeEmpty();
        refused.Values.Select(r => r.GetRawText()).Should().NotContain(t => t.Contains("Trần Thị Hoa") || t.Contains("Ý kiến của người khác"));
    }

    [Fact]
    public async Task An_intellectual_does_not_see_a_draft_before_its_window_opens_while_the_agency_may_still_revise_it()
    {
        var user = province.NextCode("soan-thao");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }",
            new { unit = province.HealthDepartment, user }, province.Administrator)).Data("grantAssociationsAgencyResponder");
        var agency = province.EditorNamed(user);
        var draft = (await province.GraphQLAsync("mutation($input: AssociationsDraftInput!) { publishAssociationsDraft(input: $input) { id } }", new
        {
            input = new
            {
                agencyUnitId = province.HealthDepartment, title = "Dự thảo chưa mở góp ý", paragraphs = new[] { "Mục 1." },
                opensAt = province.Clock.GetUtcNow().AddDays(3), closesAt = province.Clock.GetUtcNow().AddDays(33),
            },
        }, agency)).Data("publishAssociationsDraft").Id();
        var me = province.Host.TokenForIntellectual(Me);
        const string List = "{ associationsDrafts { nodes { id } } }";
        const string One = "query($id: ID!) { associationsDraft(id: $id) { id } }";

        var listed = (await province.GraphQLAsync(List, token: me)).Data("associationsDrafts").GetProperty("nodes").EnumerateArray().Select(d => d.Id());
        var byId = await province.GraphQLAsync(One, new { id = draft }, me);
        var forAgency = (await province.GraphQLAsync(One, new { id = draft }, agency)).Data("associationsDraft").Id();

        listed.Should().NotContain(draft);
        byId.FirstError().Code.Should().Be("NOT_FOUND");
        forAgency.Should().Be(draft);
    }
}
