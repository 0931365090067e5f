using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

public sealed class PersonalDataTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    [Fact]
    public async Task A_persons_data_export_carries_their_projects_council_seats_initiatives_and_fund_applications()
    {
        var person = await host.CreatePersonAsync("Sùng Mí Páo");
        var led = (await host.ProposeRawAsync(host.NextCode(), lead: person, members: [])).Data("proposeScienceProject").Text("code");
        var joined = (await host.ProposeRawAsync(host.NextCode(), members: [person])).Data("proposeScienceProject").Text("code");
        var reviewed = await host.ProposeAsync();
        await host.StepOkAsync("submitScienceProjectForAppraisal", reviewed, "2025-02-01");
        var (council, _) = await host.SeatCouncilAsync(reviewed, "APPRAISAL", 1, "2025-02-05");
        var seat = (await host.SeatRawAsync(council, new { intellectualId = person, role = "REVIEWER" })).Data("addScienceCouncilMember")
            .GetProperty("members").EnumerateArray().Last().Id();
        (await host.ScoreRawAsync(council, seat, 77)).Data("scoreScienceCouncilMember");
        (await host.GraphQLAsync("mutation($input: ScienceInitiativeInput!) { recordScienceInitiative(input: $input) { id } }", new
        {
            input = new { kind = "PATENT", title = "Bếp đun tiết kiệm củi", level = "PROVINCIAL", year = 2024, holderIds = new[] { person } },
        }, host.Editor)).Data("recordScienceInitiative");
        var (call, _) = await host.OpenCallAsync("2025-01-01", "2025-12-31", 1_000_000_000);
        (await host.ApplyAsync(call, 200_000_000, "2025-02-01", personId: person)).Data("submitScienceFundApplication");

        var json = (await host.GraphQLAsync("mutation($id: ID!) { exportPersonalData(personId: $id) }", new { id = person.ToString() }, host.Administrator))
            .Data("exportPersonalData").GetString()!;

        var science = JsonDocument.Parse(json).RootElement.GetProperty("modules").GetProperty("Science");
        science.GetProperty("projects").EnumerateArray().Select(p => (p.Text("Code"), p.Text("Role")))
            .Should().BeEquivalentTo(new[] { (led, "Lead"), (joined, "Member") });
        var seated = science.GetProperty("councilSeats").EnumerateArray().Single();
        seated.Text("Role").Should().Be("Reviewer");
        seated.GetProperty("Score").GetInt32().Should().Be(77);
        science.GetProperty("initiatives").EnumerateArray().Single().Text("Title").Should().Be("Bếp đun tiết kiệm củi");
        science.GetProperty("fundApplications").EnumerateArray().Single().GetProperty("RequestedAmount").GetInt64().Should().Be(200_000_000);
    }
}
