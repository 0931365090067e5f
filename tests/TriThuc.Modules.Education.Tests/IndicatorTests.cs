using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>E1–E3 on a hand-built province: each test class has its own host, so the counts are exact.</summary>
public sealed class IndicatorTests(EducationHost province) : IClassFixture<EducationHost>
{
    [Fact]
    public async Task E1_is_the_share_of_assigned_and_assessed_teachers_whose_latest_level_is_Kha_or_Tot_by_area_class()
    {
        await Mutate("recordEducationSchool", "EducationSchoolInput", new { unitId = province.School, level = "UPPER_SECONDARY", isPublic = true, locationId = province.Commune });
        await TeacherAsync("Lò Văn Pháo", assigned: true, "KKKKKKKKKKDDDDD");
        await TeacherAsync("Hoàng Thị Thu", assigned: true, "DDDDDDDDDDDDDDD");
        await TeacherAsync("Vương Văn Hải", assigned: false, "TTTTTTTTTTTTTTT");
        await TeacherAsync("Chu Thị Liên", assigned: true, null);

        var (numerator, denominator) = await ValueAsync("E1");
        var byArea = (await province.GraphQLAsync("{ indicator(code: \"E1\") { breakdown(by: \"areaClass\") { key denominator } } }", token: province.Viewer))
            .Data("indicator").GetProperty("breakdown").EnumerateArray().Select(r => (r.Text("key"), r.GetProperty("denominator").GetDecimal())).ToList();

        (numerator, denominator).Should().Be((1m, 2m), "one of the two assigned teachers assessed is Khá; the unassigned and the unassessed do not count");
        byArea.Should().Equal(("REGION_II", 2m));
    }

    [Fact]
    public async Task E2_counts_the_national_prizes_of_the_provinces_teams_this_school_year()
    {
        var national = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi chọn học sinh giỏi quốc gia THPT", level = "NATIONAL", schoolYear = 2026, heldOn = "2026-11-20" });
        var provincial = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh", level = "PROVINCIAL", schoolYear = 2026, heldOn = "2026-10-15" });
        var team = await Mutate("recordEducationTeam", "EducationTeamInput", new { contestId = national, subject = "Toán", coachIds = new[] { province.People[4] } });
        await EntryAsync(national, team, "Toán", "FIRST");
        await EntryAsync(national, team, "Toán", null);
        await EntryAsync(national, null, "Ngữ văn", "THIRD");
        await EntryAsync(provincial, null, "Toán", "FIRST");

        var (numerator, _) = await ValueAsync("E2");

        numerator.Should().Be(1m, "only the team's prize at the national contest counts");
    }

    [Fact]
    public async Task E3_is_the_share_of_consenting_prize_winners_of_six_years_ago_now_working_in_the_province()
    {
        var contest = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 9", level = "PROVINCIAL", schoolYear = 2018, heldOn = "2019-03-10" });
        var returned = await WinnerAsync(contest, "Giàng Thị Mỷ", consent: true);
        await WinnerAsync(contest, "Sình Văn Páo", consent: true);
        await WinnerAsync(contest, "Mua Thị Chở", consent: false);
        var person = await province.CreatePersonAsync("Giàng Thị Mỷ", province.School, gender: "FEMALE", ethnicGroup: "13", dateOfBirth: "2004-05-05", nationalId: "002304001111");
        (await province.GraphQLAsync("mutation($pupil: ID!, $person: ID!) { linkEducationPupil(pupilId: $pupil, personId: $person, nationalId: \"002304001111\") { id } }",
            new { pupil = returned, person }, province.Editor)).Data("linkEducationPupil");

        var (numerator, denominator) = await ValueAsync("E3");

        (numerator, denominator).Should().Be((1m, 2m), "two prize-winners consented, one came back; the one without consent is not followed");
    }

    private async Task TeacherAsync(string name, bool assigned, string? finalRatings)
    {
        var teacher = await province.CreatePersonAsync(name, province.School);
        if (assigned)
        {
            await Mutate("recordEducationTeachingAssignment", "EducationTeachingAssignmentInput", new { personId = teacher, unitId = province.School, title = "Toán", startedOn = "2024-09-01" });
        }

        if (finalRatings is not null)
        {
            var ratings = finalRatings.Select(l => l switch { 'T' => "EXCELLENT", 'K' => "GOOD", _ => "MET" }).ToArray();
            var input = new { personId = teacher, unitId = province.School, schoolYear = 2025, ratings };
            await Mutate("recordEducationSelfAssessment", "EducationStandardAssessmentInput", input);
            await Mutate("recordEducationPrincipalAssessment", "EducationStandardAssessmentInput", input);
        }
    }

    private async Task EntryAsync(Guid contest, Guid? team, string subject, string? prize)
    {
        var pupil = await PupilAsync(province.NextCode("Học sinh"), null, false);
        await Mutate("recordEducationContestEntry", "EducationContestEntryInput", new { contestId = contest, pupilId = pupil, teamId = team, subject, prize });
    }

    private async Task<Guid> WinnerAsync(Guid contest, string name, bool consent)
    {
        var pupil = await PupilAsync(name, "002304001111", consent);
        await Mutate("recordEducationContestEntry", "EducationContestEntryInput", new { contestId = contest, pupilId = pupil, subject = "Toán", prize = "SECOND" });
        return pupil;
    }

    private Task<Guid> PupilAsync(string name, string? nationalId, bool consent) =>
        Mutate("recordEducationPupil", "EducationPupilInput", new
        {
            fullName = name, schoolUnitId = province.School, birthYear = 2004, gender = "FEMALE", ethnicGroupCode = "13", legalBasis = "PARENTAL_CONSENT",
            nationalId, followUpConsentOn = consent ? "2019-03-10" : null,
        });

    private async Task<Guid> Mutate(string field, string inputType, object input) =>
        (await province.GraphQLAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ id }} }}", new { input }, province.Editor)).Data(field).Id();

    private async Task<(decimal Numerator, decimal Denominator)> ValueAsync(string code)
    {
        var value = (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ value {{ numerator denominator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("value");
        return (value.GetProperty("numerator").GetDecimal(), value.GetProperty("denominator").ValueKind == JsonValueKind.Number ? value.GetProperty("denominator").GetDecimal() : 0m);
    }
}
