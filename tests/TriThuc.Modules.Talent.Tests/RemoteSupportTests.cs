using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>
/// The province's commune is region III on the 2021–2025 list (861/QĐ-TTg) until 31 December 2025 and region II on the
/// 2026–2030 list (60/QĐ-BDTTG); its village is extremely difficult from 1 January 2026 only.
/// </summary>
public sealed class RemoteSupportTests(TalentHost province) : IClassFixture<TalentHost>
{
    [Fact]
    public async Task Entitlements_follow_the_dated_classification_of_the_place_month_by_month()
    {
        var atCommune = await province.CreatePersonAsync("Lầu Mí Chứ", province.Commune);
        var inVillage = await province.CreatePersonAsync("Thào Thị Dung", province.Village, gender: "FEMALE");
        await PostAsync(atCommune, province.Commune, "2025-09-01");
        await PostAsync(inVillage, province.Village, "2025-09-01");

        var commune = await EntitlementsAsync(atCommune);
        var village = await EntitlementsAsync(inVillage);

        commune.Select(e => (e.Text("from"), e.Text("to"), e.Text("classificationDecision"), e.GetProperty("months").GetInt32())).Should()
            .Equal([("2025-09-01", "2025-12-31", "861/QĐ-TTg", 4)], "region II, from 2026, is not covered by Decree 76/2019");
        village.Select(e => (e.Text("from"), e.Text("classificationDecision"))).Should()
            .Equal([("2025-09-01", "861/QĐ-TTg"), ("2026-01-01", "60/QĐ-BDTTG")], "in 2025 the village took its commune's class; from 2026 it is listed itself");
    }

    [Fact]
    public async Task A_reclassification_lists_who_stops_being_entitled()
    {
        var stays = await province.CreatePersonAsync("Vừ Mí Sình", province.Village);
        var stops = await province.CreatePersonAsync("Ly Thị Và", province.Commune, gender: "FEMALE");
        await PostAsync(stays, province.Village, "2025-08-01");
        await PostAsync(stops, province.Commune, "2025-08-01");

        var changes = (await province.GraphQLAsync(
            "{ talentRemoteEntitlementChanges(before: \"2025-12-31\", after: \"2026-01-01\") { becomes decisionBefore decisionAfter person { id } } }",
            token: province.Editor)).Data("talentRemoteEntitlementChanges").EnumerateArray().ToList();

        var mine = changes.Where(c => c.GetProperty("person").Id() is var id && (id == stays || id == stops)).ToList();
        mine.Should().ContainSingle();
        mine[0].GetProperty("person").Id().Should().Be(stops);
        mine[0].GetProperty("becomes").GetBoolean().Should().BeFalse();
        mine[0].Text("decisionAfter").Should().Be("60/QĐ-BDTTG");
    }

    [Fact]
    public async Task Nothing_is_paid_twice_nor_for_a_month_not_entitled()
    {
        var person = await province.CreatePersonAsync("Giàng Seo Phử", province.Commune);
        var posting = await PostAsync(person, province.Commune, "2025-09-15");

        var october = await PayAsync(posting, "2025-10-01", "ATTRACTION_ALLOWANCE");
        var octoberAgain = await PayAsync(posting, "2025-10-20", "ATTRACTION_ALLOWANCE");
        var february = await PayAsync(posting, "2026-02-01", "ATTRACTION_ALLOWANCE");
        var firstPosting = await PayAsync(posting, "2025-09-15", "FIRST_POSTING_ALLOWANCE");
        var firstPostingAgain = await PayAsync(posting, "2025-11-01", "FIRST_POSTING_ALLOWANCE");

        october.Data("payTalentRemoteSupport").Text("month").Should().Be("2025-10-01");
        octoberAgain.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "month");
        february.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "month", "the commune is region II in 2026");
        firstPosting.Data("payTalentRemoteSupport").Id().Should().NotBeEmpty();
        firstPostingAgain.FirstError().Code.Should().Be("CONFLICT", "the first-posting allowance is paid once");
        (await EntitlementsAsync(person)).Single().GetProperty("paidMonths").EnumerateArray().Select(m => m.GetString()).Should().Equal("2025-10-01");
    }

    [Fact]
    public async Task Another_departments_editor_may_not_record_a_post()
    {
        var refused = await province.GraphQLAsync("mutation($input: TalentRemotePostingInput!) { recordTalentRemotePosting(input: $input) { id } }",
            new { input = new { personId = province.People[2], unitId = province.Commune, decision = "12/QĐ-UBND", startsOn = "2025-09-01" } }, province.EditorOf("Health"));

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    private async Task<Guid> PostAsync(Guid person, Guid unit, string startsOn) =>
        (await province.GraphQLAsync("mutation($input: TalentRemotePostingInput!) { recordTalentRemotePosting(input: $input) { id } }",
            new { input = new { personId = person, unitId = unit, decision = province.NextCode("QĐ"), startsOn } }, province.Editor)).Data("recordTalentRemotePosting").Id();

    private async Task<List<JsonElement>> EntitlementsAsync(Guid person) =>
        (await province.GraphQLAsync("query($p: ID!) { talentRemoteEntitlements(personId: $p) { from to classificationDecision months paidMonths } }",
            new { p = person }, province.Editor)).Data("talentRemoteEntitlements").EnumerateArray().ToList();

    private Task<JsonElement> PayAsync(Guid posting, string month, string kind) =>
        province.GraphQLAsync("mutation($p: ID!, $m: DateOnly!, $k: TalentRemoteSupportKind!) { payTalentRemoteSupport(postingId: $p, month: $m, kind: $k) { id month } }",
            new { p = posting, m = month, k = kind }, province.Editor);
}
