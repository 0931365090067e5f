using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

public sealed class PostingTests(HealthHost province) : IClassFixture<HealthHost>
{
    private const string Record = "mutation($input: HealthPostingInput!) { recordHealthPosting(input: $input) { id kind toFacility { unitName } person { fullName } } }";

    [Fact]
    public async Task The_people_posted_at_a_facility_on_a_day_are_those_whose_posting_runs_that_day()
    {
        var doctor = await province.CreatePersonAsync("Triệu Văn Hùng", province.Hospital, field: "health");
        var posting = (await RecordAsync(doctor, "2026-01-05", "2026-06-30")).Data("recordHealthPosting");
        posting.GetProperty("toFacility").Text("unitName").Should().Be("Trạm y tế xã Mèo Vạc");

        var inMarch = await PostedAsync("2026-03-01");
        var inJuly = await PostedAsync("2026-07-01");
        (await province.GraphQLAsync("mutation($id: ID!) { endHealthPosting(id: $id, endedOn: \"2026-04-30\") { endedOn } }", new { id = posting.Id() }, province.Editor))
            .Data("endHealthPosting").Text("endedOn").Should().Be("2026-04-30");
        var inMay = await PostedAsync("2026-05-01");

        inMarch.Should().Contain(doctor);
        inJuly.Should().NotContain(doctor, "the posting was planned to end in June");
        inMay.Should().NotContain(doctor, "the posting was ended in April");
        var onPerson = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { healthPostings { decision endedOn } } }", new { id = doctor }, province.RegistryEditor))
            .Data("intellectual").GetProperty("healthPostings").EnumerateArray().Single();
        onPerson.Text("endedOn").Should().Be("2026-04-30");
    }

    [Fact]
    public async Task A_person_is_posted_to_one_place_at_a_time()
    {
        var nurse = await province.CreatePersonAsync("Bế Thị Hằng", province.Hospital, field: "health");
        (await RecordAsync(nurse, "2026-02-01", "2026-05-31")).Data("recordHealthPosting");

        var overlapping = await RecordAsync(nurse, "2026-05-01", "2026-08-31");
        var afterwards = await RecordAsync(nurse, "2026-06-01", "2026-08-31");

        overlapping.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "startsOn");
        afterwards.Data("recordHealthPosting").Id().Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_posting_ends_after_it_starts_goes_somewhere_else_and_to_a_facility_open_that_day()
    {
        var person = province.People[1];

        var backwards = await RecordAsync(person, "2026-03-01", "2026-02-01");
        var nowhere = await RecordAsync(person, "2026-03-01", "2026-04-01", to: province.HospitalFacility);
        var beforeOpening = await RecordAsync(person, "2025-03-01", "2025-04-01");

        backwards.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "plannedEndOn");
        nowhere.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "toFacilityId");
        beforeOpening.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "toFacilityId",
            "the commune health station opened on 1 July 2025");
    }

    [Fact]
    public async Task Another_departments_editor_may_not_post_anyone()
    {
        var refused = await RecordAsync(province.People[0], "2026-03-01", "2026-04-01", token: province.RegistryEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    private Task<JsonElement> RecordAsync(Guid person, string startsOn, string plannedEndOn, Guid? to = null, string? token = null) =>
        province.GraphQLAsync(Record, new
        {
            input = new
            {
                personId = person, kind = "ROTATION", fromFacilityId = province.HospitalFacility, toFacilityId = to ?? province.StationFacility,
                decision = province.NextCode("QĐ-SYT"), startsOn, plannedEndOn,
            },
        }, token ?? province.Editor);

    private async Task<List<Guid>> PostedAsync(string day) =>
        (await province.GraphQLAsync("query($f: ID!, $on: DateOnly!) { healthPostings(filter: { facilityId: $f, on: $on }, first: 100) { nodes { person { id } } } }",
            new { f = province.StationFacility, on = day }, province.Editor))
        .Data("healthPostings").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("person").Id()).ToList();
}
