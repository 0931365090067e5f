using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

public sealed class IndicatorTests(HealthHost province) : IClassFixture<HealthHost>
{
    private static DateOnly Today => HealthHost.Today;

    [Fact]
    public async Task H1_to_H3_on_a_hand_built_province()
    {
        // H1's population: the health people at the hospital and the station (the school's and the university's are not).
        var doctor = province.People[0];
        var suspendedNurse = province.People[2];
        var midwife = await province.CreatePersonAsync("Mã Thị Lý", province.Hospital, field: "health");
        var nurse = await province.CreatePersonAsync("Chu Văn An", province.Hospital, field: "health");
        await province.IssueAsync(doctor, "DOCTOR", Today.AddYears(-5).AddDays(100));
        await province.RecordCmeAsync(doctor, 120, Today.AddDays(-60));
        var suspended = await province.IssueAsync(suspendedNurse, "NURSE", new DateOnly(2024, 1, 15));
        (await province.DecideAsync("suspendHealthLicence", suspended, Today.AddDays(-3))).Data("suspendHealthLicence");
        await province.IssueAsync(midwife, "MIDWIFE", Today.AddYears(-5).AddDays(200));
        await province.RecordCmeAsync(midwife, 50, Today.AddDays(-60));
        await province.IssueAsync(nurse, "NURSE", new DateOnly(2025, 1, 1));
        // H3: a second station, in a commune not classed; the doctor is posted to the first station for forty days.
        var otherCommune = await province.CreateUnitAsync("X-LC", "Xã Lũng Cú", "COMMUNE", province.Province, "2025-07-01");
        var otherStationUnit = await province.CreateUnitAsync("TYT-LC", "Trạm y tế xã Lũng Cú", "COMMUNE_HEALTH_STATION", province.HealthDepartment, "2025-07-01");
        await province.RecordFacilityAsync(otherStationUnit, "COMMUNE_HEALTH_STATION", 3, hasDoctorPost: true, commune: otherCommune);
        (await province.GraphQLAsync("mutation($input: HealthPostingInput!) { recordHealthPosting(input: $input) { id } }", new
        {
            input = new
            {
                personId = doctor, kind = "REINFORCEMENT", fromFacilityId = province.HospitalFacility, toFacilityId = province.StationFacility,
                decision = "12/QĐ-SYT", startsOn = HealthHost.Day(Today.AddDays(-10)), plannedEndOn = HealthHost.Day(Today.AddDays(30)),
            },
        }, province.Editor)).Data("recordHealthPosting");

        var h1 = await ValueAsync("H1");
        var h2 = await ValueAsync("H2");
        var h3 = await ValueAsync("H3");

        h1.Should().Be((3, 5), "five health people work at the facilities; the doctor, the midwife and the nurse hold a valid licence, the suspended nurse does not");
        h2.Should().Be((1, 2), "the doctor's and the midwife's licences expire within 12 months; only the doctor has 120 hours in the cycle");
        h3.Should().Be((1, 2), "a doctor is posted to one of the two stations today");
    }

    [Fact]
    public async Task H3_is_broken_down_by_the_area_class_of_the_day()
    {
        var now = (await province.GraphQLAsync("{ indicator(code: \"H3\") { breakdown(by: \"areaClass\") { key name denominator } } }", token: province.Viewer))
            .Data("indicator").GetProperty("breakdown");
        var in2025 = (await province.GraphQLAsync("{ indicator(code: \"H3\") { breakdown(by: \"areaClass\", at: \"2025-09-01\") { key name } } }", token: province.Viewer))
            .Data("indicator").GetProperty("breakdown");

        Rows(now).Should().Contain(("REGION_II", "Khu vực II"), "the station's commune is region II from 2026 (60/QĐ-BDTTG)");
        Rows(in2025).Should().Contain(("REGION_III", "Khu vực III"), "and was region III in 2021–2025 (861/QĐ-TTg)");
    }

    [Fact]
    public async Task A_leader_reads_the_indicators_but_not_the_people_behind_them()
    {
        var listed = (await province.GraphQLAsync("{ indicators { code } }", token: province.Viewer)).Data("indicators").EnumerateArray().Select(i => i.Text("code"));
        var people = await province.GraphQLAsync("{ indicator(code: \"H1\") { subjects(first: 5) { totalCount } } }", token: province.Viewer);

        listed.Should().Contain(["H1", "H2", "H3"]);
        people.FirstError().Code.Should().Be("FORBIDDEN");
    }

    private static IEnumerable<(string?, string?)> Rows(JsonElement breakdown) => breakdown.EnumerateArray().Select(r => (r.Text("key"), r.Text("name")));

    private async Task<(decimal Numerator, decimal Denominator)> ValueAsync(string code)
    {
        var value = (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ value {{ numerator denominator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("value");
        return (value.GetProperty("numerator").GetDecimal(), value.GetProperty("denominator").GetDecimal());
    }
}
