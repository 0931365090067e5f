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
}
