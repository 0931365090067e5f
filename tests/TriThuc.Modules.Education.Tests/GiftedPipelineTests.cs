using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

public sealed class GiftedPipelineTests(EducationHost province) : IClassFixture<EducationHost>
{
    [Fact]
    public async Task An_editor_records_a_national_contest_with_its_team_and_prizes_and_pupils_are_read_only_with_permission()
    {
        var contest = await ContestAsync("Kỳ thi chọn học sinh giỏi quốc gia THPT năm học 2025–2026", "NATIONAL");
        var coach = province.People[4];
        var team = (await GraphQLAsync("mutation($input: EducationTeamInput!) { recordEducationTeam(input: $input) { id } }",
            new { input = new { contestId = contest, subject = "Toán", coachIds = new[] { coach } } })).Data("recordEducationTeam").Id();
        var pupil = await PupilAsync("Thào Mí Chứ", "2026-03-01");
        (await EnterAsync(contest, pupil, "Toán", "SECOND", team)).Data("recordEducationContestEntry");
        const string Entries = "query($id: ID!) { educationContestEntries(contestId: $id) { nodes { subject prize pupil { fullName birthYear } } } }";

        var refused = await province.GraphQLAsync(Entries, new { id = contest }, province.Editor);
        var entry = (await province.GraphQLAsync(Entries, new { id = contest }, province.PersonalDataEditor)).Data("educationContestEntries").GetProperty("nodes").EnumerateArray().Single();
        var coached = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { educationCoachedTeams { id subject } } }", new { id = coach }, province.RegistryEditor))
            .Data("intellectual").GetProperty("educationCoachedTeams").EnumerateArray().ToList();

        refused.FirstError().Code.Should().Be("FORBIDDEN", "a pupil's name is a child's personal data");
        entry.Text("prize").Should().Be("SECOND");
        entry.GetProperty("pupil").Text("fullName").Should().Be("Thào Mí Chứ");
        coached.Select(t => t.Id()).Should().Equal(team);
    }

    [Fact]
    public async Task Another_departments_editor_may_not_record_a_contest()
    {
        var refused = await province.GraphQLAsync("mutation($input: EducationContestInput!) { recordEducationContest(input: $input) { id } }",
            new { input = new { title = "Kỳ thi học sinh giỏi cấp tỉnh", level = "PROVINCIAL", schoolYear = 2025, heldOn = "2025-12-10" } }, province.RegistryEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task A_pupil_enters_one_subject_per_contest()
    {
        var provincial = await ContestAsync("Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12", "PROVINCIAL");
        var selection = await ContestAsync("Kỳ thi chọn đội tuyển dự thi học sinh giỏi quốc gia", "PROVINCIAL");
        var pupil = await PupilAsync("Lý Thị Mỷ", null);
        (await EnterAsync(provincial, pupil, "Hóa học", "FIRST")).Data("recordEducationContestEntry");

        var secondSubject = await EnterAsync(provincial, pupil, "Sinh học", null);
        var anotherContest = await EnterAsync(selection, pupil, "Hóa học", null);

        secondSubject.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "pupilId");
        secondSubject.FirstError().Message.Should().Contain("một môn");
        anotherContest.Data("recordEducationContestEntry").Id().Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_pupil_is_linked_to_a_Registry_record_only_with_consent_and_the_same_national_ID()
    {
        var withoutConsent = await PupilAsync("Hầu A Lử", null);
        var withConsent = await PupilAsync("Vừ Thị Sua", "2026-03-01");
        var grownUp = await province.CreatePersonAsync("Vừ Thị Sua", province.School, gender: "FEMALE", ethnicGroup: "13", dateOfBirth: "2008-02-14", nationalId: NationalId);
        const string Link = "mutation($pupil: ID!, $person: ID!, $id: String!) { linkEducationPupil(pupilId: $pupil, personId: $person, nationalId: $id) { linkedPerson { id } } }";

        var noConsent = await GraphQLAsync(Link, new { pupil = withoutConsent, person = grownUp, id = NationalId });
        var otherId = await GraphQLAsync(Link, new { pupil = withConsent, person = grownUp, id = "002308009999" });
        var linked = (await GraphQLAsync(Link, new { pupil = withConsent, person = grownUp, id = NationalId })).Data("linkEducationPupil");

        noConsent.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "pupilId");
        otherId.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "nationalId");
        linked.GetProperty("linkedPerson").Id().Should().Be(grownUp);
        var export = (await province.GraphQLAsync("mutation($id: ID!) { exportPersonalData(personId: $id) }", new { id = grownUp }, province.Administrator))
            .GetProperty("data").GetProperty("exportPersonalData").GetString();
        export.Should().Contain("asPupil").And.Contain(withConsent.ToString());
        Section(export!, "Education").Should().NotContain(NationalId, "Education keeps only the keyed hash (the Registry's part holds the person's own number)");
    }

    /// <summary>One module's part of a data-subject export, as text.</summary>
    private static string Section(string export, string module)
    {
        static JsonElement? Find(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name)
                {
                    return property.Value;
                }

                if (Find(property.Value, name) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return Find(JsonDocument.Parse(export).RootElement, module)?.GetRawText() ?? throw new InvalidOperationException($"No {module} part in the export.");
    }

    [Fact]
    public async Task Withdrawing_consent_undoes_the_link_and_forgets_the_national_ID_hash_but_keeps_the_prize()
    {
        var contest = await ContestAsync("Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9", "PROVINCIAL");
        var pupil = await PupilAsync("Giàng Thị Dợ", "2026-03-01", OtherNationalId);
        (await EnterAsync(contest, pupil, "Ngữ văn", "FIRST")).Data("recordEducationContestEntry");
        var grownUp = await province.CreatePersonAsync("Giàng Thị Dợ", province.School, gender: "FEMALE", ethnicGroup: "13", dateOfBirth: "2008-02-14", nationalId: OtherNationalId);
        const string Link = "mutation($pupil: ID!, $person: ID!, $id: String!) { linkEducationPupil(pupilId: $pupil, personId: $person, nationalId: $id) { linkedPerson { id } } }";
        const string Withdraw = "mutation($pupil: ID!) { withdrawEducationPupilConsent(pupilId: $pupil) { hasFollowUpConsent linkedPerson { id } } }";
        (await GraphQLAsync(Link, new { pupil, person = grownUp, id = OtherNationalId })).Data("linkEducationPupil");

        var withdrawn = (await GraphQLAsync(Withdraw, new { pupil })).Data("withdrawEducationPupilConsent");
        var again = await GraphQLAsync(Withdraw, new { pupil });
        var relink = await GraphQLAsync(Link, new { pupil, person = grownUp, id = OtherNationalId });
        var matched = (await GraphQLAsync("mutation { matchEducationFormerPupils { id } }", new { })).Data("matchEducationFormerPupils");

        withdrawn.GetProperty("hasFollowUpConsent").GetBoolean().Should().BeFalse();
        withdrawn.GetProperty("linkedPerson").ValueKind.Should().Be(JsonValueKind.Null);
        again.FirstError().Code.Should().Be("CONFLICT");
        relink.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "pupilId");
        matched.EnumerateArray().Select(p => p.Id()).Should().NotContain(pupil, "the match never links a pupil whose consent was withdrawn");
        var export = (await province.GraphQLAsync("mutation($id: ID!) { exportPersonalData(personId: $id) }", new { id = grownUp }, province.Administrator))
            .GetProperty("data").GetProperty("exportPersonalData").GetString();
        export.Should().NotContain(pupil.ToString(), "the person is no longer linked to the pupil");
        var entries = (await province.GraphQLAsync("query($id: ID!) { educationContestEntries(contestId: $id) { nodes { prize } } }", new { id = contest }, province.PersonalDataEditor))
            .Data("educationContestEntries").GetProperty("nodes").EnumerateArray().Select(e => e.Text("prize"));
        entries.Should().Equal("FIRST");
    }

    [Fact]
    public async Task An_entry_for_a_team_must_be_in_the_teams_subject()
    {
        var contest = await ContestAsync("Kỳ thi chọn học sinh giỏi quốc gia THPT (đợt 2)", "NATIONAL");
        var team = (await GraphQLAsync("mutation($input: EducationTeamInput!) { recordEducationTeam(input: $input) { id } }",
            new { input = new { contestId = contest, subject = "Vật lý", coachIds = new[] { province.People[3] } } })).Data("recordEducationTeam").Id();
        var pupil = await PupilAsync("Nguyễn Minh Khang", null);

        var wrongSubject = await EnterAsync(contest, pupil, "Tin học", null, team);

        wrongSubject.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "teamId");
    }

    private const string NationalId = "002308001234";

    private const string OtherNationalId = "002308005678";

    private Task<JsonElement> GraphQLAsync(string query, object variables) => province.GraphQLAsync(query, variables, province.Editor);

    private async Task<Guid> ContestAsync(string title, string level) =>
        (await GraphQLAsync("mutation($input: EducationContestInput!) { recordEducationContest(input: $input) { id } }",
            new { input = new { title, level, schoolYear = 2025, heldOn = "2025-12-10" } })).Data("recordEducationContest").Id();

    private async Task<Guid> PupilAsync(string fullName, string? consentOn, string nationalId = NationalId) =>
        (await GraphQLAsync("mutation($input: EducationPupilInput!) { recordEducationPupil(input: $input) { id } }", new
        {
            input = new { fullName, schoolUnitId = province.School, birthYear = 2008, gender = "FEMALE", ethnicGroupCode = "13", legalBasis = "PARENTAL_CONSENT", nationalId, followUpConsentOn = consentOn },
        })).Data("recordEducationPupil").Id();

    private Task<JsonElement> EnterAsync(Guid contest, Guid pupil, string subject, string? prize, Guid? team = null) =>
        GraphQLAsync("mutation($input: EducationContestEntryInput!) { recordEducationContestEntry(input: $input) { id } }",
            new { input = new { contestId = contest, pupilId = pupil, teamId = team, subject, prize } });
}
