using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>Terms follow one another, no longer than the charter says; their leaders are official members, one seat each at a time, one president at a time.</summary>
public sealed class TermTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private Task<JsonElement> AppointAsync(Guid term, Guid person, string role, string appointedOn, string token) =>
        province.GraphQLAsync("mutation($id: ID!, $input: AssociationsLeaderInput!) { appointAssociationsLeader(id: $id, input: $input) { id } }",
            new { id = term, input = new { personId = person, role, appointedOn } }, token);

    private Task<JsonElement> LeaveAsync(Guid seat, string leftOn, string reason, string token) =>
        province.GraphQLAsync("mutation($id: ID!, $input: AssociationsLeaderLeaveInput!) { leaveAssociationsLeaderSeat(id: $id, input: $input) { id } }",
            new { id = seat, input = new { leftOn, reason } }, token);

    private async Task<List<JsonElement>> SeatsAsync(Guid association) =>
        (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { terms { leaders { id role appointedOn leftOn leftReason person { id } } } } }",
            new { id = association }, province.RegistryEditor)).Data("associationsAssociation").GetProperty("terms")[0].GetProperty("leaders").EnumerateArray().ToList();

    [Fact]
    public async Task A_term_is_elected_with_its_leaders_who_are_official_members_one_seat_each()
    {
        var (association, editor) = await province.FoundAsync("Hội Thủy lợi", foundedOn: "2015-01-01");
        var (_, otherEditor) = await province.FoundAsync("Hội Lâm nghiệp", foundedOn: "2015-01-01");
        await province.AdmitAsync(association, province.People[0], "2018-01-01", editor);
        await province.AdmitAsync(association, province.People[1], "2018-01-01", editor, kind: "ASSOCIATE");
        await province.AdmitAsync(association, province.People[2], "2018-01-01", editor);

        var term = (await province.OpenTermRawAsync(association, "Khóa II, 2023–2028", "2023-03-01", "2028-02-28", editor)).Data("openAssociationsTerm").Id();
        (await AppointAsync(term, province.People[0], "PRESIDENT", "2023-03-01", editor)).Data("appointAssociationsLeader");

        var associate = await AppointAsync(term, province.People[1], "VICE_PRESIDENT", "2023-03-01", editor);
        var secondPresident = await AppointAsync(term, province.People[2], "PRESIDENT", "2023-03-01", editor);
        var twice = await AppointAsync(term, province.People[0], "STANDING_COMMITTEE", "2023-03-01", editor);
        var notMember = await AppointAsync(term, province.People[3], "EXECUTIVE_COMMITTEE", "2023-03-01", editor);
        var overlapping = await province.OpenTermRawAsync(association, "Khóa III", "2027-01-01", "2031-12-31", editor);
        var tooLong = await province.OpenTermRawAsync(association, "Khóa III", "2028-03-01", "2034-03-01", editor);
        var byOther = await AppointAsync(term, province.People[2], "VICE_PRESIDENT", "2023-03-01", otherEditor);
        (await AppointAsync(term, province.People[2], "GENERAL_SECRETARY", "2023-04-01", editor)).Data("appointAssociationsLeader");

        associate.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "personId" && e.Message!.Contains("chính thức"));
        secondPresident.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "role");
        twice.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "personId");
        notMember.FirstError().Field.Should().Be("personId");
        overlapping.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("Khóa II"));
        tooLong.FirstError().Field.Should().Be("endsOn");
        byOther.FirstError().Code.Should().Be("FORBIDDEN");

        var terms = (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { terms { title leaders { role person { id } } } } }",
            new { id = association }, province.RegistryEditor)).Data("associationsAssociation").GetProperty("terms");
        terms.GetArrayLength().Should().Be(1);
        terms[0].GetProperty("leaders").EnumerateArray().Select(l => (l.Text("role"), l.GetProperty("person").GetProperty("id").GetGuid()))
            .Should().Equal(("PRESIDENT", province.People[0]), ("GENERAL_SECRETARY", province.People[2]));
    }

    [Fact]
    public async Task A_leader_leaves_a_seat_on_a_day_with_a_reason_and_the_seat_is_filled_after_that_day_only()
    {
        var (association, editor, term) = await province.BoardAsync("Hội Khuyến học", 3);
        (await AppointAsync(term, province.People[0], "PRESIDENT", "2023-03-01", editor)).Data("appointAssociationsLeader");
        var president = (await SeatsAsync(association)).Single().Id();

        var noReason = await LeaveAsync(president, "2024-06-30", " ", editor);
        var beforeAppointed = await LeaveAsync(president, "2023-02-28", "Nghỉ hưu", editor);
        var future = await LeaveAsync(president, DateTime.UtcNow.AddDays(400).ToString("yyyy-MM-dd"), "Nghỉ hưu", editor);
        var (_, otherEditor) = await province.FoundAsync("Hội Sinh vật cảnh", foundedOn: "2015-01-01");
        var byOther = await LeaveAsync(president, "2024-06-30", "Nghỉ hưu", otherEditor);
        var whileHeld = await AppointAsync(term, province.People[1], "PRESIDENT", "2024-07-01", editor);
        (await LeaveAsync(president, "2024-06-30", "Nghỉ hưu theo Quyết định 45/QĐ-HKH", editor)).Data("leaveAssociationsLeaderSeat");
        var twice = await LeaveAsync(president, "2024-07-31", "Từ chức", editor);
        var onTheLastDay = await AppointAsync(term, province.People[1], "PRESIDENT", "2024-06-30", editor);
        (await AppointAsync(term, province.People[1], "PRESIDENT", "2024-07-01", editor)).Data("appointAssociationsLeader");

        noReason.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "reason");
        beforeAppointed.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "leftOn" && e.Message!.Contains("01/03/2023"));
        future.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "leftOn");
        byOther.FirstError().Code.Should().Be("FORBIDDEN");
        whileHeld.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "role" && e.Message!.Contains("01/03/2023"));
        twice.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "leftOn" && e.Message!.Contains("30/06/2024"));
        onTheLastDay.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "role");
        (await SeatsAsync(association)).Select(l => (l.GetProperty("person").Id(), l.Text("leftOn"), l.Text("leftReason"))).Should().Equal(
            (province.People[0], "2024-06-30", "Nghỉ hưu theo Quyết định 45/QĐ-HKH"), (province.People[1], null, null));
    }

    [Fact]
    public async Task A_member_of_the_board_is_promoted_within_the_term_after_leaving_the_old_seat_holding_one_seat_at_a_time()
    {
        var (association, editor, term) = await province.BoardAsync("Hội Cựu giáo chức", 2);
        (await AppointAsync(term, province.People[0], "STANDING_COMMITTEE", "2023-03-01", editor)).Data("appointAssociationsLeader");
        var committee = (await SeatsAsync(association)).Single().Id();

        var whileHeld = await AppointAsync(term, province.People[0], "VICE_PRESIDENT", "2024-01-01", editor);
        (await LeaveAsync(committee, "2023-12-31", "Được bầu Phó Chủ tịch", editor)).Data("leaveAssociationsLeaderSeat");
        var backdated = await AppointAsync(term, province.People[0], "EXECUTIVE_COMMITTEE", "2023-06-01", editor);
        (await AppointAsync(term, province.People[0], "VICE_PRESIDENT", "2024-01-01", editor)).Data("appointAssociationsLeader");
        var third = await AppointAsync(term, province.People[0], "EXECUTIVE_COMMITTEE", "2025-01-01", editor);

        whileHeld.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e =>
            e.Code == "CONFLICT" && e.Field == "personId" && e.Message!.Contains("Ủy viên Ban Thường vụ") && e.Message.Contains("thôi giữ chức cũ"));
        backdated.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "personId" && e.Message!.Contains("31/12/2023"));
        third.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "personId" && e.Message!.Contains("Phó Chủ tịch"));
        (await SeatsAsync(association)).Select(l => (l.Text("role"), l.Text("appointedOn"), l.Text("leftOn"))).Should().Equal(
            ("VICE_PRESIDENT", "2024-01-01", null), ("STANDING_COMMITTEE", "2023-03-01", "2023-12-31"));
        var export = JsonDocument.Parse((await province.GraphQLAsync("mutation($id: ID!) { exportPersonalData(personId: $id) }", new { id = province.People[0].ToString() }, province.Administrator))
            .Data("exportPersonalData").GetString()!).RootElement;
        static IEnumerable<string?> Texts(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Texts(p.Value)),
            JsonValueKind.Array => e.EnumerateArray().SelectMany(Texts),
            JsonValueKind.String => [e.GetString()],
            _ => [],
        };
        Texts(export).Should().Contain("Được bầu Phó Chủ tịch", "the person's own export carries the seats they held and why they left one");
    }

    [Fact]
    public async Task A_term_is_no_longer_than_the_charter_says_five_years_unless_it_says_otherwise()
    {
        var (usual, usualEditor) = await province.FoundAsync("Hội Kiến trúc sư", foundedOn: "2015-01-01");
        var shortTerms = (await province.FoundRawAsync(new
        {
            title = "Hội Sinh viên", kind = "OTHER", field = "Giáo dục", foundingDecision = province.NextCode("QĐ-TL"), foundedOn = "2015-01-01", termYears = 3,
        })).Data("foundAssociationsAssociation").Id();
        var zero = await province.FoundRawAsync(new { title = "Hội Không nhiệm kỳ", kind = "OTHER", field = "Khác", foundingDecision = province.NextCode("QĐ-TL"), foundedOn = "2015-01-01", termYears = 0 });

        var fourYears = await province.OpenTermRawAsync(shortTerms, "Khóa I", "2022-01-01", "2025-12-31", province.Administrator);
        (await province.OpenTermRawAsync(shortTerms, "Khóa I", "2022-01-01", "2024-12-31", province.Administrator)).Data("openAssociationsTerm");
        (await province.OpenTermRawAsync(usual, "Khóa I", "2022-01-01", "2026-12-31", usualEditor)).Data("openAssociationsTerm");

        fourYears.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "endsOn" && e.Message!.Contains("3 năm"));
        zero.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "termYears");
        var years = (await province.GraphQLAsync("query($a: ID!, $b: ID!) { a: associationsAssociation(id: $a) { termYears } b: associationsAssociation(id: $b) { termYears } }",
            new { a = usual, b = shortTerms }, province.Administrator)).GetProperty("data");
        (years.GetProperty("a").GetProperty("termYears").GetInt32(), years.GetProperty("b").GetProperty("termYears").GetInt32()).Should().Be((5, 3));
    }
}
