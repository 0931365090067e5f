using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>
/// A charter amendment changes the length of a term from its day on: terms that started before keep the length they
/// were opened under, the earlier charter stays in the history, and a bad amendment saves nothing.
/// </summary>
public sealed class CharterTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private Task<JsonElement> AmendAsync(Guid association, int termYears, string decidedOn, string token, string? number = null) =>
        province.GraphQLAsync(
            "mutation($id: ID!, $input: AssociationsCharterAmendmentInput!) { amendAssociationsCharter(id: $id, input: $input) { id charterAmendments { id } } }",
            new { id = association, input = new { termYears, number = number ?? province.NextCode("QĐ-ĐL"), decidedOn } }, token);

    private async Task<JsonElement> CharterAsync(Guid association) =>
        (await province.GraphQLAsync(
            """
            query($id: ID!) { associationsAssociation(id: $id) {
              termYears before: termYears(on: "2024-05-31") from: termYears(on: "2024-06-01")
              charterAmendments { id termYears previousTermYears number decidedOn }
              terms { title startsOn endsOn }
            } }
            """, new { id = association }, province.RegistryEditor)).Data("associationsAssociation");

    [Fact]
    public async Task An_amended_term_length_applies_to_terms_starting_from_its_day_and_the_earlier_charter_stays_in_the_history()
    {
        var (association, editor) = await province.FoundAsync("Hội Kinh tế tỉnh", foundedOn: "2015-01-01");
        (await province.OpenTermRawAsync(association, "Khóa III, 2023–2028", "2023-03-01", "2028-02-28", editor)).Data("openAssociationsTerm");

        var amended = (await AmendAsync(association, 3, "2024-06-01", editor, "15/QĐ-UBND")).Data("amendAssociationsCharter");
        var lateRecordOfAnOldTerm = await province.OpenTermRawAsync(association, "Khóa II, 2018–2022", "2018-01-01", "2022-12-31", editor);
        var fiveYearsUnderTheNewCharter = await province.OpenTermRawAsync(association, "Khóa IV, 2028–2033", "2028-03-01", "2033-02-28", editor);
        (await province.OpenTermRawAsync(association, "Khóa IV, 2028–2031", "2028-03-01", "2031-02-28", editor)).Data("openAssociationsTerm");

        lateRecordOfAnOldTerm.Data("openAssociationsTerm");
        fiveYearsUnderTheNewCharter.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e =>
            e.Code == "VALIDATION" && e.Field == "endsOn" && e.Message!.Contains("3 năm") && e.Message.Contains("01/03/2031"));
        var charter = await CharterAsync(association);
        (charter.GetProperty("termYears").GetInt32(), charter.GetProperty("before").GetInt32(), charter.GetProperty("from").GetInt32()).Should().Be((3, 5, 3));
        var amendment = charter.GetProperty("charterAmendments").EnumerateArray().Should().ContainSingle().Which;
        (amendment.GetProperty("termYears").GetInt32(), amendment.GetProperty("previousTermYears").GetInt32(), amendment.Text("number"), amendment.Text("decidedOn"))
            .Should().Be((3, 5, "15/QĐ-UBND", "2024-06-01"));
        charter.GetProperty("terms").EnumerateArray().Select(t => (t.Text("title"), t.Text("endsOn"))).Should().Equal(
            ("Khóa II, 2018–2022", "2022-12-31"), ("Khóa III, 2023–2028", "2028-02-28"), ("Khóa IV, 2028–2031", "2031-02-28"));

        var trail = (await province.GraphQLAsync("query($id: ID!) { auditTrail(entityId: $id) { action entityType changedBy changes } }",
            new { id = amended.GetProperty("charterAmendments")[0].Id() }, province.Administrator)).Data("auditTrail").EnumerateArray().ToList();
        var entry = trail.Should().ContainSingle("the amendment is audited like every write").Which;
        (entry.Text("action"), entry.Text("changedBy")).Should().Match<(string? Action, string? By)>(e => e.Action == "Created" && e.By!.StartsWith("bien-tap"));
        entry.Text("changes").Should().Contain("TermYears");
    }

    [Fact]
    public async Task A_later_amendment_follows_the_earlier_one_and_each_keeps_the_length_it_replaced()
    {
        var (association, editor) = await province.FoundAsync("Hội Văn nghệ dân gian", foundedOn: "2015-01-01");
        (await AmendAsync(association, 4, "2019-01-01", editor)).Data("amendAssociationsCharter");
        (await AmendAsync(association, 6, "2024-06-01", editor)).Data("amendAssociationsCharter");

        var fourYearsFrom2020 = await province.OpenTermRawAsync(association, "Khóa II", "2020-01-01", "2024-12-31", editor);
        (await province.OpenTermRawAsync(association, "Khóa II", "2020-01-01", "2023-12-31", editor)).Data("openAssociationsTerm");
        (await province.OpenTermRawAsync(association, "Khóa III", "2024-06-01", "2030-05-31", editor)).Data("openAssociationsTerm");

        fourYearsFrom2020.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "endsOn" && e.Message!.Contains("4 năm"));
        var charter = await CharterAsync(association);
        charter.GetProperty("charterAmendments").EnumerateArray().Select(a => (a.GetProperty("previousTermYears").GetInt32(), a.GetProperty("termYears").GetInt32(), a.Text("decidedOn")))
            .Should().Equal((5, 4, "2019-01-01"), (4, 6, "2024-06-01"));
        (charter.GetProperty("before").GetInt32(), charter.GetProperty("from").GetInt32()).Should().Be((4, 6));
    }

    [Fact]
    public async Task A_bad_amendment_is_refused_with_its_field_in_vietnamese_and_nothing_is_saved()
    {
        var (association, editor) = await province.FoundAsync("Hội Làm vườn", foundedOn: "2015-01-01");
        var (_, otherEditor) = await province.FoundAsync("Hội Chăn nuôi", foundedOn: "2015-01-01");
        (await AmendAsync(association, 4, "2020-01-01", editor)).Data("amendAssociationsCharter");
        (await province.OpenTermRawAsync(association, "Khóa III", "2023-01-01", "2026-12-31", editor)).Data("openAssociationsTerm");

        var zero = await AmendAsync(association, 0, "2022-01-01", editor);
        var eleven = await AmendAsync(association, 11, "2022-01-01", editor);
        var future = await AmendAsync(association, 3, DateTime.UtcNow.AddDays(400).ToString("yyyy-MM-dd"), editor);
        var beforeFounding = await AmendAsync(association, 3, "2014-12-31", editor);
        var noNumber = await AmendAsync(association, 3, "2022-01-01", editor, number: " ");
        var beforeTheLast = await AmendAsync(association, 3, "2019-12-31", editor);
        var unchanged = await AmendAsync(association, 4, "2022-01-01", editor);
        var shortensAStartedLaterTerm = await AmendAsync(association, 3, "2022-06-01", editor);
        var byOther = await AmendAsync(association, 3, "2022-01-01", otherEditor);
        var byRegistryEditor = await AmendAsync(association, 3, "2022-01-01", province.RegistryEditor);
        var byViewer = await AmendAsync(association, 3, "2022-01-01", province.Viewer);

        zero.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "termYears" && e.Message!.Contains("từ 1 đến 10 năm"));
        eleven.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "termYears");
        future.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "decidedOn" && e.Message!.Contains("tương lai"));
        beforeFounding.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "decidedOn" && e.Message!.Contains("01/01/2015"));
        noNumber.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "number" && e.Message!.Contains("Số quyết định"));
        beforeTheLast.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "decidedOn" && e.Message!.Contains("01/01/2020"));
        unchanged.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "termYears" && e.Message!.Contains("4 năm"));
        shortensAStartedLaterTerm.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e =>
            e.Code == "CONFLICT" && e.Field == "decidedOn" && e.Message!.Contains("Khóa III") && e.Message.Contains("3 năm"));
        foreach (var refused in new[] { byOther, byRegistryEditor, byViewer })
        {
            refused.FirstError().Code.Should().Be("FORBIDDEN");
        }

        byOther.FirstError().Message.Should().Contain("Hội Làm vườn");
        var charter = await CharterAsync(association);
        charter.GetProperty("charterAmendments").GetArrayLength().Should().Be(1, "only the first amendment was saved");
        charter.GetProperty("termYears").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task A_dissolved_association_amends_no_charter()
    {
        var (association, editor) = await province.FoundAsync("Hội Tem", foundedOn: "2015-01-01");
        (await province.DecideRawAsync(association, "DISSOLVED", "2023-01-01", editor)).Data("decideAssociationsStatus");

        var afterDissolution = await AmendAsync(association, 3, "2024-01-01", editor);
        var beforeDissolution = await AmendAsync(association, 3, "2022-01-01", editor);

        afterDissolution.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("giải thể"));
        beforeDissolution.Data("amendAssociationsCharter");
    }
}
