using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>Correcting and removing contests, teams, pupils and entries: a record others rest on goes only after them, and every change is audited.</summary>
public sealed class GiftedCorrectionTests(EducationHost province) : IClassFixture<EducationHost>
{
    [Fact]
    public async Task A_contest_with_a_team_and_entries_is_removed_only_after_them_and_each_removal_is_audited()
    {
        var contest = await ContestAsync("Kỳ thi học sinh giỏi cấp tỉnh lớp 12");
        var team = await TeamAsync(contest, "Toán");
        var pupil = await PupilAsync("Mua Thị Già");
        var entry = (await GraphQLAsync("mutation($input: EducationContestEntryInput!) { recordEducationContestEntry(input: $input) { id } }",
            new { input = new { contestId = contest, pupilId = pupil, teamId = team, subject = "Toán", prize = "THIRD" } })).Data("recordEducationContestEntry").Id();

        var contestRefused = await RemoveAsync("removeEducationContest", contest);
        var teamRefused = await RemoveAsync("removeEducationTeam", team);
        var pupilRefused = await RemoveAsync("removeEducationPupil", pupil);
        var otherDepartment = await RemoveAsync("removeEducationContestEntry", entry, province.RegistryEditor);
        (await RemoveAsync("removeEducationContestEntry", entry)).Data("removeEducationContestEntry");
        (await RemoveAsync("removeEducationTeam", team)).Data("removeEducationTeam");
        (await RemoveAsync("removeEducationPupil", pupil)).Data("removeEducationPupil");
        var removed = (await RemoveAsync("removeEducationContest", contest)).Data("removeEducationContest");

        contestRefused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("1 kết quả dự thi và 1 đội tuyển"));
        teamRefused.FirstError().Code.Should().Be("CONFLICT");
        pupilRefused.FirstError().Code.Should().Be("CONFLICT");
        otherDepartment.FirstError().Code.Should().Be("FORBIDDEN");
        removed.GetString().Should().Be(contest.ToString());
        (await ContestsAsync()).Should().NotContain(contest.ToString());
        foreach (var id in new[] { contest, team, pupil, entry })
        {
            (await AuditActionsAsync(id)).Should().Equal(["Created", "Deleted"], "who removed what, and when, stays in the audit trail");
        }
    }

    [Fact]
    public async Task Corrections_follow_the_rules_of_recording()
    {
        var contest = await ContestAsync("Kỳ thi chọn đội tuyển Olympic");
        var team = await TeamAsync(contest, "Vật lý");
        var pupil = await PupilAsync("Sình Thị Mỷ");
        var entry = (await GraphQLAsync("mutation($input: EducationContestEntryInput!) { recordEducationContestEntry(input: $input) { id } }",
            new { input = new { contestId = contest, pupilId = pupil, teamId = team, subject = "Vật lý", score = 14.5, prize = "SECOND" } })).Data("recordEducationContestEntry").Id();
        const string CorrectContest = "mutation($id: ID!, $input: EducationContestInput!) { correctEducationContest(id: $id, input: $input) { title heldOn } }";
        const string CorrectTeam = "mutation($id: ID!, $input: EducationTeamInput!) { correctEducationTeam(id: $id, input: $input) { subject } }";
        const string CorrectEntry = "mutation($id: ID!, $input: EducationContestEntryInput!) { correctEducationContestEntry(id: $id, input: $input) { prize score } }";

        var contestFixed = (await GraphQLAsync(CorrectContest, new { id = contest, input = new { title = "Kỳ thi chọn đội tuyển Olympic quốc tế", level = "OLYMPIAD_SELECTION", schoolYear = 2025, heldOn = "2026-03-20" } }))
            .Data("correctEducationContest");
        var outOfYear = await GraphQLAsync(CorrectContest, new { id = contest, input = new { title = "Kỳ thi", level = "OLYMPIAD_SELECTION", schoolYear = 2025, heldOn = "2026-09-01" } });
        var subjectWithEntries = await GraphQLAsync(CorrectTeam, new { id = team, input = new { contestId = contest, subject = "Hóa học", coachIds = new[] { province.People[4] } } });
        var coachesFixed = (await GraphQLAsync(CorrectTeam, new { id = team, input = new { contestId = contest, subject = "Vật lý", coachIds = new[] { province.People[3], province.People[4] } } }))
            .Data("correctEducationTeam");
        var prizeFixed = (await GraphQLAsync(CorrectEntry, new { id = entry, input = new { contestId = contest, pupilId = pupil, teamId = team, subject = "Vật lý", score = 16, prize = "FIRST" } }))
            .Data("correctEducationContestEntry");
        var otherPupil = await GraphQLAsync(CorrectEntry, new { id = entry, input = new { contestId = contest, pupilId = await PupilAsync("Chảo Láo Lở"), subject = "Vật lý" } });
        var consentChanged = await GraphQLAsync("mutation($id: ID!, $input: EducationPupilInput!) { correctEducationPupil(id: $id, input: $input) { id } }",
            new { id = pupil, input = PupilInput("Sình Thị Mỷ", "2026-01-01") });
        var nameFixed = (await GraphQLAsync("mutation($id: ID!, $input: EducationPupilInput!) { correctEducationPupil(id: $id, input: $input) { id } }",
            new { id = pupil, input = PupilInput("Sình Thị Mỹ", null) })).Data("correctEducationPupil");

        contestFixed.Text("heldOn").Should().Be("2026-03-20");
        outOfYear.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "heldOn");
        subjectWithEntries.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "subject");
        coachesFixed.Text("subject").Should().Be("Vật lý");
        (await CoachedAsync(province.People[3])).Should().Contain(team.ToString());
        prizeFixed.Text("prize").Should().Be("FIRST");
        otherPupil.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "pupilId");
        consentChanged.FirstError().Field.Should().Be("followUpConsentOn");
        nameFixed.Id().Should().Be(pupil);
        (await AuditActionsAsync(pupil)).Should().Equal(["Created", "Updated"]);
    }

    private Task<JsonElement> GraphQLAsync(string query, object variables, string? token = null) => province.GraphQLAsync(query, variables, token ?? province.Editor);

    private Task<JsonElement> RemoveAsync(string mutation, Guid id, string? token = null) => GraphQLAsync($"mutation($id: ID!) {{ {mutation}(id: $id) }}", new { id }, token);

    private async Task<Guid> ContestAsync(string title) =>
        (await GraphQLAsync("mutation($input: EducationContestInput!) { recordEducationContest(input: $input) { id } }",
            new { input = new { title, level = "PROVINCIAL", schoolYear = 2025, heldOn = "2025-12-10" } })).Data("recordEducationContest").Id();

    private async Task<Guid> TeamAsync(Guid contest, string subject) =>
        (await GraphQLAsync("mutation($input: EducationTeamInput!) { recordEducationTeam(input: $input) { id } }",
            new { input = new { contestId = contest, subject, coachIds = new[] { province.People[4] } } })).Data("recordEducationTeam").Id();

    private object PupilInput(string fullName, string? consentOn) =>
        new { fullName, schoolUnitId = province.School, birthYear = 2009, gender = "FEMALE", ethnicGroupCode = "13", legalBasis = "PARENTAL_CONSENT", followUpConsentOn = consentOn };

    private async Task<Guid> PupilAsync(string fullName) =>
        (await GraphQLAsync("mutation($input: EducationPupilInput!) { recordEducationPupil(input: $input) { id } }", new { input = PupilInput(fullName, null) })).Data("recordEducationPupil").Id();

    private async Task<List<string?>> ContestsAsync() =>
        [.. (await GraphQLAsync("{ educationContests { nodes { id } } }", new { })).Data("educationContests").GetProperty("nodes").EnumerateArray().Select(n => n.Text("id"))];

    private async Task<List<string?>> CoachedAsync(Guid person) =>
        [.. (await GraphQLAsync("query($id: ID!) { intellectual(id: $id) { educationCoachedTeams { id } } }", new { id = person })).Data("intellectual")
            .GetProperty("educationCoachedTeams").EnumerateArray().Select(t => t.Text("id"))];

    private async Task<List<string?>> AuditActionsAsync(Guid id) =>
        [.. (await GraphQLAsync("query($id: ID!) { auditTrail(entityId: $id) { action changedAt } }", new { id }, province.Administrator)).Data("auditTrail").EnumerateArray()
            .OrderBy(e => e.GetProperty("changedAt").GetDateTimeOffset()).Select(e => e.Text("action"))];
}
