using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>Comments on drafts: the window, kept by the server's clock; paragraphs fixed once it opens; dispositions and the summary; who does what.</summary>
public sealed class DraftTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private const string DraftFields = "id open paragraphs { id number text } summary summaryPublishedAt";
    private const string CommentFields = "id paragraphNumber person { id } text disposition { kind explanation }";

    private async Task<string> AgencyAsync(Guid unit) => province.EditorNamed(await AgencyUserAsync(unit));

    /// <summary>Names a new user to act for the agency; returns the user's id.</summary>
    private async Task<string> AgencyUserAsync(Guid unit)
    {
        var user = province.NextCode("soan-thao");
        (await province.GraphQLAsync("mutation($unit: ID!, $user: String!) { grantAssociationsAgencyResponder(unitId: $unit, userId: $user) }", new { unit, user }, province.Administrator))
            .Data("grantAssociationsAgencyResponder");
        return user;
    }

    private Task<JsonElement> PublishAsync(string token, TimeSpan opensIn, TimeSpan closesIn, Guid? agency = null) =>
        province.GraphQLAsync($"mutation($input: AssociationsDraftInput!) {{ publishAssociationsDraft(input: $input) {{ {DraftFields} }} }}", new
        {
            input = new
            {
                agencyUnitId = agency ?? province.HealthDepartment, title = "Dự thảo Nghị quyết hỗ trợ bác sĩ về công tác ở xã",
                paragraphs = new[] { "Điều 1. Phạm vi điều chỉnh.", "Điều 2. Mức hỗ trợ: 70% lương.", "Điều 3. Hiệu lực." },
                opensAt = province.Clock.GetUtcNow() + opensIn, closesAt = province.Clock.GetUtcNow() + closesIn,
            },
        }, token);

    private Task<JsonElement> CommentAsync(Guid paragraph, Guid? person, string token, string text = "Đề nghị nâng mức hỗ trợ lên 100% ở xã biên giới.", string? contact = null) =>
        province.GraphQLAsync($"mutation($input: AssociationsDraftCommentInput!) {{ submitAssociationsDraftComment(input: $input) {{ {CommentFields} }} }}",
            new { input = new { paragraphId = paragraph, personId = person, text, contact } }, token);

    private Task<JsonElement> DisposeAsync(Guid comment, string kind, string? explanation, string token) =>
        province.GraphQLAsync($"mutation($id: ID!, $input: AssociationsDispositionInput!) {{ disposeAssociationsDraftComment(id: $id, input: $input) {{ {CommentFields} }} }}",
            new { id = comment, input = new { kind, explanation } }, token);

    private Task<JsonElement> SummaryAsync(Guid draft, string token) =>
        province.GraphQLAsync($"mutation($id: ID!) {{ publishAssociationsDraftSummary(id: $id, summary: \"Tiếp thu 1 ý kiến, giải trình 1 ý kiến.\") {{ {DraftFields} }} }}",
            new { id = draft }, token);

    private static List<Guid> Paragraphs(JsonElement draft) =>
        draft.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task A_draft_takes_comments_while_its_window_is_open_then_refuses_them_and_the_agency_disposes_of_each_and_publishes_a_summary()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var (_, collector) = await province.FoundAsync("Hội Bác sĩ trẻ", foundedOn: "2015-01-01");
        var draft = (await PublishAsync(agency, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(10))).Data("publishAssociationsDraft");
        var paragraphs = Paragraphs(draft);
        var first = (await CommentAsync(paragraphs[1], province.People[0], collector, contact: "duc@example.vn")).Data("submitAssociationsDraftComment");
        var second = (await CommentAsync(paragraphs[2], province.People[0], collector, "Hiệu lực từ 1/1 năm sau.")).Data("submitAssociationsDraftComment");
        var third = (await CommentAsync(paragraphs[1], province.People[1], collector, "Đồng ý với Điều 2.")).Data("submitAssociationsDraftComment");
        var summaryWhileOpen = await SummaryAsync(draft.Id(), agency);

        province.Clock.Advance(TimeSpan.FromMinutes(11));
        var late = await CommentAsync(paragraphs[1], province.People[2], collector);
        var unexplained = await DisposeAsync(first.Id(), "NOT_ACCEPTED", " ", agency);
        var disposed = (await DisposeAsync(first.Id(), "PARTLY_ACCEPTED", "Nâng lên 80% ở xã biên giới; ngân sách tỉnh không đủ cho 100%.", agency)).Data("disposeAssociationsDraftComment");
        var twice = await DisposeAsync(first.Id(), "ACCEPTED", null, agency);
        (await DisposeAsync(second.Id(), "ACCEPTED", null, agency)).Data("disposeAssociationsDraftComment");
        var summaryWithOneOpen = await SummaryAsync(draft.Id(), agency);
        (await DisposeAsync(third.Id(), "ACCEPTED", null, agency)).Data("disposeAssociationsDraftComment");
        var summary = (await SummaryAsync(draft.Id(), agency)).Data("publishAssociationsDraftSummary");
        var summaryAgain = await SummaryAsync(draft.Id(), agency);
        var disposeAfterSummary = await DisposeAsync(third.Id(), "NOT_ACCEPTED", "Đổi ý.", agency);
        var read = (await province.GraphQLAsync("query($id: ID!) { associationsDraft(id: $id) { open comments { paragraphNumber person { id } disposition { kind } } } }",
            new { id = draft.Id() }, agency)).Data("associationsDraft");

        first.GetProperty("paragraphNumber").GetInt32().Should().Be(2);
        summaryWhileOpen.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("Chưa hết thời gian góp ý"));
        late.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "paragraphId" && e.Message!.Contains("hết thời gian góp ý"));
        unexplained.FirstError().Field.Should().Be("explanation");
        disposed.GetProperty("disposition").Text("kind").Should().Be("PARTLY_ACCEPTED");
        twice.FirstError().Code.Should().Be("CONFLICT");
        summaryWithOneOpen.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("Còn 1 ý kiến"));
        summary.Text("summary").Should().Be("Tiếp thu 1 ý kiến, giải trình 1 ý kiến.");
        summaryAgain.FirstError().Code.Should().Be("CONFLICT");
        disposeAfterSummary.FirstError().Code.Should().Be("CONFLICT");
        read.GetProperty("open").GetBoolean().Should().BeFalse();
        read.GetProperty("comments").EnumerateArray().Select(c => (c.GetProperty("paragraphNumber").GetInt32(), c.GetProperty("disposition").Text("kind")))
            .Should().Equal((2, "PARTLY_ACCEPTED"), (3, "ACCEPTED"), (2, "ACCEPTED"));
    }

    [Fact]
    public async Task Paragraphs_are_revised_before_the_window_opens_and_never_after()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var (_, collector) = await province.FoundAsync("Hội Điều dưỡng", foundedOn: "2015-01-01");
        var draft = (await PublishAsync(agency, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30))).Data("publishAssociationsDraft");
        var early = await CommentAsync(Paragraphs(draft)[0], province.People[0], collector);
        const string revise = "mutation($id: ID!, $input: AssociationsDraftRevisionInput!) { reviseAssociationsDraft(id: $id, input: $input) { " + DraftFields + " } }";
        var revised = (await province.GraphQLAsync(revise, new { id = draft.Id(), input = new { title = "Dự thảo (sửa)", paragraphs = new[] { "Điều 1 mới.", "Điều 2 mới." } } }, agency))
            .Data("reviseAssociationsDraft");

        province.Clock.Advance(TimeSpan.FromMinutes(6));
        var afterOpening = await province.GraphQLAsync(revise, new { id = draft.Id(), input = new { title = "Dự thảo (sửa lần 2)", paragraphs = new[] { "Khác." } } }, agency);
        var comment = (await CommentAsync(Paragraphs(revised)[1], province.People[0], collector)).Data("submitAssociationsDraftComment");
        var kept = (await province.GraphQLAsync("query($id: ID!) { associationsDraft(id: $id) { title paragraphs { text } } }", new { id = draft.Id() }, province.RegistryEditor))
            .Data("associationsDraft");

        early.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("chưa mở"));
        revised.GetProperty("paragraphs").EnumerateArray().Select(p => (p.GetProperty("number").GetInt32(), p.Text("text"))).Should().Equal((1, "Điều 1 mới."), (2, "Điều 2 mới."));
        afterOpening.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("không được sửa"));
        comment.GetProperty("paragraphNumber").GetInt32().Should().Be(2);
        kept.Text("title").Should().Be("Dự thảo (sửa)");
        kept.GetProperty("paragraphs").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Only_the_drafting_agency_publishes_and_disposes_and_only_association_editors_comment_on_a_persons_behalf()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var otherAgency = await AgencyAsync(province.EducationDepartment);
        var (_, collector) = await province.FoundAsync("Hội Dược học", foundedOn: "2015-01-01");
        var draft = (await PublishAsync(agency, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(60))).Data("publishAssociationsDraft");
        var paragraph = Paragraphs(draft)[0];
        var comment = (await CommentAsync(paragraph, province.People[3], collector)).Data("submitAssociationsDraftComment").Id();

        var byOtherAgency = await PublishAsync(otherAgency, TimeSpan.Zero, TimeSpan.FromMinutes(60));
        var byCollector = await PublishAsync(collector, TimeSpan.Zero, TimeSpan.FromMinutes(60));
        var backwards = await PublishAsync(agency, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(10));
        var unnamedEditor = await CommentAsync(paragraph, province.People[3], province.Editor);
        var registryEditor = await CommentAsync(paragraph, province.People[3], province.RegistryEditor);
        var noPerson = await CommentAsync(paragraph, null, collector);
        var disposedByCollector = await DisposeAsync(comment, "ACCEPTED", null, collector);
        var disposedByOtherAgency = await DisposeAsync(comment, "ACCEPTED", null, otherAgency);

        byOtherAgency.FirstError().Code.Should().Be("FORBIDDEN");
        byCollector.FirstError().Code.Should().Be("FORBIDDEN");
        backwards.FirstError().Field.Should().Be("closesAt");
        unnamedEditor.FirstError().Code.Should().Be("FORBIDDEN");
        registryEditor.FirstError().Code.Should().Be("FORBIDDEN");
        noPerson.FirstError().Field.Should().Be("personId");
        disposedByCollector.FirstError().Code.Should().Be("FORBIDDEN");
        disposedByOtherAgency.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task Comments_are_attributed_the_contact_is_personal_data_and_a_persons_comments_are_on_their_record_and_in_their_export()
    {
        var agencyUser = await AgencyUserAsync(province.HealthDepartment);
        var agency = province.EditorNamed(agencyUser);
        var (_, collector) = await province.FoundAsync("Hội Y học cổ truyền", foundedOn: "2015-01-01");
        var draft = (await PublishAsync(agency, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(60))).Data("publishAssociationsDraft");
        (await CommentAsync(Paragraphs(draft)[0], province.People[4], collector, "Góp ý về phạm vi.", "0912 345 678")).Data("submitAssociationsDraftComment");
        (await CommentAsync(Paragraphs(draft)[2], province.People[4], collector, "Góp ý về hiệu lực.")).Data("submitAssociationsDraftComment");

        const string contacts = "query($id: ID!) { associationsDraft(id: $id) { comments { contact } } }";
        var withoutPermission = await province.GraphQLAsync(contacts, new { id = draft.Id() }, agency);
        var withPermission = (await province.GraphQLAsync(contacts, new { id = draft.Id() }, province.Host.TokenFor(agencyUser, "editor", "Associations", "personal-data:read")))
            .Data("associationsDraft");
        var onRecord = (await province.GraphQLAsync("query($a: ID!, $b: ID!) { a: intellectual(id: $a) { associationsDraftComments { text paragraphNumber draftTitle } } b: intellectual(id: $b) { associationsDraftComments { text } } }",
            new { a = province.People[4], b = province.People[5] }, agency)).GetProperty("data");
        var export = JsonDocument.Parse((await province.GraphQLAsync("mutation($id: ID!) { exportPersonalData(personId: $id) }", new { id = province.People[4].ToString() }, province.Administrator))
            .Data("exportPersonalData").GetString()!).RootElement.GetProperty("modules").GetProperty("Associations").GetProperty("draftComments");

        withoutPermission.FirstError().Code.Should().Be("FORBIDDEN");
        withoutPermission.GetRawText().Should().NotContain("0912");
        withPermission.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("contact").GetString()).Should().Contain("0912 345 678");
        onRecord.GetProperty("a").GetProperty("associationsDraftComments").EnumerateArray().Select(c => (c.Text("text"), c.GetProperty("paragraphNumber").GetInt32()))
            .Should().Equal(("Góp ý về phạm vi.", 1), ("Góp ý về hiệu lực.", 3));
        onRecord.GetProperty("a").GetProperty("associationsDraftComments")[0].Text("draftTitle").Should().StartWith("Dự thảo Nghị quyết");
        onRecord.GetProperty("b").GetProperty("associationsDraftComments").GetArrayLength().Should().Be(0);
        export.EnumerateArray().Select(c => (c.Text("Text"), c.Text("Contact"), c.GetProperty("Paragraph").GetInt32()))
            .Should().Equal(("Góp ý về phạm vi.", "0912 345 678", 1), ("Góp ý về hiệu lực.", null, 3));
    }

    [Fact]
    public async Task Comments_are_read_by_the_drafting_agency_the_unions_editors_the_administrator_and_the_commenter_and_refused_to_everyone_else()
    {
        var agency = await AgencyAsync(province.HealthDepartment);
        var otherAgency = await AgencyAsync(province.EducationDepartment);
        var (union, unionEditor) = await province.FoundAsync("Liên hiệp các hội khoa học và kỹ thuật (đọc góp ý)", foundedOn: "2010-01-01", kind: "UNION");
        var (_, collector) = await province.FoundAsync("Hội Tim mạch", foundedOn: "2015-01-01", parentId: union);
        var draft = (await PublishAsync(agency, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(60))).Data("publishAssociationsDraft");
        var otherDraft = (await PublishAsync(otherAgency, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(60), province.EducationDepartment)).Data("publishAssociationsDraft");
        var commenter = await province.CreatePersonAsync("Lương Văn Thắng", province.Hospital);
        (await CommentAsync(Paragraphs(draft)[0], commenter, collector, "Góp ý cho Sở Y tế.")).Data("submitAssociationsDraftComment");
        (await CommentAsync(Paragraphs(otherDraft)[0], commenter, collector, "Góp ý cho Sở Giáo dục.")).Data("submitAssociationsDraftComment");

        async Task<JsonElement> OnDraft(string token) =>
            await province.GraphQLAsync("query($id: ID!) { associationsDraft(id: $id) { comments { text } } }", new { id = draft.Id() }, token);
        async Task<JsonElement> OnRecord(string token) =>
            await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { associationsDraftComments { text } } }", new { id = commenter }, token);
        static List<string?> Texts(JsonElement result, string root, string field) =>
            result.Data(root).GetProperty(field).EnumerateArray().Select(c => c.Text("text")).ToList();

        Texts(await OnDraft(agency), "associationsDraft", "comments").Should().Equal("Góp ý cho Sở Y tế.");
        Texts(await OnDraft(unionEditor), "associationsDraft", "comments").Should().Equal("Góp ý cho Sở Y tế.");
        Texts(await OnDraft(province.Administrator), "associationsDraft", "comments").Should().Equal("Góp ý cho Sở Y tế.");
        foreach (var (who, token) in new[] { ("another agency", otherAgency), ("a member association's editor", collector), ("a Registry editor", province.RegistryEditor), ("a viewer", province.Viewer) })
        {
            var refused = await OnDraft(token);
            refused.FirstError().Code.Should().Be("FORBIDDEN", who);
            refused.GetRawText().Should().NotContain("Góp ý cho", who);
        }

        Texts(await OnRecord(agency), "intellectual", "associationsDraftComments").Should().Equal(new[] { "Góp ý cho Sở Y tế." }, "an agency reads the comments on its own drafts only");
        Texts(await OnRecord(otherAgency), "intellectual", "associationsDraftComments").Should().Equal("Góp ý cho Sở Giáo dục.");
        Texts(await OnRecord(unionEditor), "intellectual", "associationsDraftComments").Should().Equal("Góp ý cho Sở Y tế.", "Góp ý cho Sở Giáo dục.");
        Texts(await OnRecord(province.Host.TokenForIntellectual(commenter)), "intellectual", "associationsDraftComments").Should().Equal("Góp ý cho Sở Y tế.", "Góp ý cho Sở Giáo dục.");
        foreach (var (who, token) in new[] { ("a member association's editor", collector), ("a Registry editor", province.RegistryEditor) })
        {
            var refused = await OnRecord(token);
            refused.FirstError().Code.Should().Be("FORBIDDEN", who);
            refused.GetRawText().Should().NotContain("Góp ý cho", who);
        }
    }
}
