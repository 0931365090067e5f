using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>Issue 20, item 4: Science honours a restriction of processing through the kit, without code of its own.</summary>
public sealed class ProcessingRestrictionTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    [Fact]
    public async Task A_project_led_by_a_restricted_person_is_refused_and_their_seat_on_a_council_too()
    {
        var restricted = await host.CreatePersonAsync("Sần Văn Hạn");
        (await host.GraphQLAsync("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể yêu cầu\") }", new { p = restricted }, host.Administrator))
            .Data("restrictProcessing");

        var proposed = await host.ProposeRawAsync(host.NextCode(), lead: restricted);
        var (council, _) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_APPRAISAL"), "APPRAISAL", 0, "2025-02-05");
        var seated = await host.SeatRawAsync(council, new { intellectualId = restricted, role = "REVIEWER" });

        proposed.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "leadId");
        seated.FirstError().Code.Should().Be("PROCESSING_RESTRICTED");
        (await host.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { processingRestricted } }", new { id = restricted }, host.Editor))
            .Data("intellectual").GetProperty("processingRestricted").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_grant_whose_applicant_is_restricted_is_paid_nothing_more()
    {
        var applicant = await host.CreatePersonAsync("Lò Thị Quỹ");
        await host.ContributeAsync(2_000_000_000, "2023-01-10");
        var (call, _) = await host.OpenCallAsync("2023-01-01", "2023-12-31", 2_000_000_000);
        var application = (await host.ApplyAsync(call, 1_000_000_000, "2023-02-01", personId: applicant)).Data("submitScienceFundApplication").Id();
        var grant = (await host.AwardAsync(application, 1_000_000_000, "2023-03-01")).Data("awardScienceFundGrant").Id();
        (await host.DisburseAsync(grant, 400_000_000, "2023-04-01")).Data("disburseScienceFundGrant");
        (await host.GraphQLAsync("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể yêu cầu\") }", new { p = applicant }, host.Administrator))
            .Data("restrictProcessing");

        // The disbursement names the grant, the grant its application, the application the applicant: two records away.
        (await host.DisburseAsync(grant, 300_000_000, "2023-05-01")).FirstError()
            .Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "grantId");
        (await host.BalanceAsync("2023-12-31")).Should().Be(1_600_000_000, "only the payment made before the restriction is saved");
    }
}
