using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>A member's status on a day is derived from joining, leaving, dues and the association's grace rule; nobody sets it.</summary>
public sealed class MemberStatusTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task A_member_is_new_then_current_while_the_dues_cover_the_day_then_in_grace_then_lapsed()
    {
        var (association, editor) = await province.FoundAsync("Hội Điều dưỡng tỉnh", graceDays: 90);
        var member = await province.AdmitAsync(association, province.People[0], "2025-01-10", editor);
        (await province.DuesRawAsync(member, 2025, "2025-02-01", editor)).Data("recordAssociationsDues");

        (await province.StatusesAsync(association, "2025-01-09")).Should().Equal(new string?[] { null }, "not yet a member the day before joining");
        (await province.StatusesAsync(association, "2025-03-01")).Should().Equal("NEW");
        (await province.StatusesAsync(association, "2025-06-01")).Should().Equal("CURRENT");
        (await province.StatusesAsync(association, "2025-12-31")).Should().Equal(new string?[] { "CURRENT" }, "the dues of 2025 cover the year to 31 December");
        (await province.StatusesAsync(association, "2026-03-31")).Should().Equal(new string?[] { "GRACE" }, "90 days of grace after 31 December");
        (await province.StatusesAsync(association, "2026-04-01")).Should().Equal("LAPSED");

        (await province.DuesRawAsync(member, 2026, "2026-04-20", editor)).Data("recordAssociationsDues");
        (await province.StatusesAsync(association, "2026-05-01")).Should().Equal(new string?[] { "CURRENT" }, "paying the year's dues brings a lapsed member back");
    }

    [Fact]
    public async Task The_grace_period_is_the_associations_own()
    {
        var (association, editor) = await province.FoundAsync("Hội Kiến trúc sư", graceDays: 0);
        var member = await province.AdmitAsync(association, province.People[1], "2024-03-01", editor);
        (await province.DuesRawAsync(member, 2024, "2024-03-01", editor)).Data("recordAssociationsDues");

        (await province.StatusesAsync(association, "2025-01-01")).Should().Equal(new string?[] { "LAPSED" }, "this association gives no grace");
    }

    [Fact]
    public async Task A_member_who_never_paid_lapses_after_the_new_period_and_its_grace_an_honorary_member_never_does()
    {
        var (association, editor) = await province.FoundAsync("Hội Sử học", graceDays: 30);
        await province.AdmitAsync(association, null, "2024-01-01", editor, externalName: "Trần Văn Ngoại");
        await province.AdmitAsync(association, province.People[2], "2024-01-02", editor, kind: "HONORARY");

        (await province.StatusesAsync(association, "2024-03-30")).Should().Equal("NEW", "NEW");
        (await province.StatusesAsync(association, "2024-04-15")).Should().Equal("GRACE", "CURRENT");
        (await province.StatusesAsync(association, "2024-06-01")).Should().Equal("LAPSED", "CURRENT");
    }

    [Fact]
    public async Task A_member_who_left_has_no_status_after_the_last_day_and_shows_on_their_intellectual_record()
    {
        var (association, editor) = await province.FoundAsync("Hội Dược học", graceDays: 90);
        var member = await province.AdmitAsync(association, province.People[3], "2023-05-01", editor);
        (await province.DuesRawAsync(member, 2023, "2023-05-01", editor)).Data("recordAssociationsDues");
        (await province.GraphQLAsync("mutation($id: ID!) { leaveAssociationsMember(id: $id, leftOn: \"2023-10-31\") { leftOn } }", new { id = member }, editor))
            .Data("leaveAssociationsMember").Text("leftOn").Should().Be("2023-10-31");

        (await province.StatusesAsync(association, "2023-10-31")).Should().Equal("CURRENT");
        (await province.StatusesAsync(association, "2023-11-01")).Should().Equal(new string?[] { null });
        var memberships = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { associationsMemberships { associationId kind joinedOn leftOn } } }",
            new { id = province.People[3] }, editor)).Data("intellectual").GetProperty("associationsMemberships").EnumerateArray().ToList();
        memberships.Should().ContainSingle(m => m.GetProperty("associationId").GetGuid() == association && m.Text("leftOn") == "2023-10-31");
    }

    [Fact]
    public async Task Dues_are_paid_once_a_year_and_not_by_honorary_members()
    {
        var (association, editor) = await province.FoundAsync("Hội Vật lý", graceDays: 90);
        var member = await province.AdmitAsync(association, province.People[4], "2024-01-01", editor);
        var honorary = await province.AdmitAsync(association, null, "2024-01-01", editor, kind: "HONORARY", externalName: "GS. Lê Danh Dự");
        (await province.DuesRawAsync(member, 2024, "2024-01-05", editor)).Data("recordAssociationsDues");

        (await province.DuesRawAsync(member, 2024, "2024-02-05", editor)).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "year" && e.Message!.Contains("2024"));
        (await province.DuesRawAsync(member, 2023, "2024-02-05", editor)).FirstError().Field.Should().Be("year", "dues before the joining year are refused");
        (await province.DuesRawAsync(honorary, 2024, "2024-02-05", editor)).FirstError().Message.Should().Contain("danh dự");
    }
}
