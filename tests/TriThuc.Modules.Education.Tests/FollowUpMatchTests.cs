using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>
/// Follow-up through the Registry: the match links consenting former prize-winners to the Registry person who holds
/// the same national ID, compared by the platform's keyed hash only. Its own host, so E3's counts are exact.
/// </summary>
public sealed class FollowUpMatchTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string Match = "mutation { matchEducationFormerPupils { id linkedPerson { id } } }";

    [Fact]
    public async Task The_match_links_only_consenting_prize_winners_the_Registry_holds_and_E3_counts_them()
    {
        var contest = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 12", level = "PROVINCIAL", schoolYear = 2018, heldOn = "2019-03-12" });
        var returned = await PupilAsync(contest, "Sùng Thị Mai", "001304000101", consent: true, prize: "FIRST");
        await PupilAsync(contest, "Lù Văn Sính", "001304000102", consent: true, prize: "THIRD");
        var withoutConsent = await PupilAsync(contest, "Ma Thị Dung", "001304000103", consent: false, prize: "SECOND");
        var noPrize = await PupilAsync(contest, "Hoàng Văn Tú", "001304000104", consent: true, prize: null);
        var grownUp = await province.CreatePersonAsync("Sùng Thị Mai", province.School, gender: "FEMALE", ethnicGroup: "13", dateOfBirth: "2001-06-01", nationalId: "001304000101");
        await province.CreatePersonAsync("Ma Thị Dung", province.School, gender: "FEMALE", dateOfBirth: "2001-02-01", nationalId: "001304000103");
        await province.CreatePersonAsync("Hoàng Văn Tú", province.School, dateOfBirth: "2001-03-01", nationalId: "001304000104");
        var before = await E3Async();

        var linked = (await province.GraphQLAsync(Match, token: province.Editor)).Data("matchEducationFormerPupils").EnumerateArray().ToList();
        var again = (await province.GraphQLAsync(Match, token: province.Editor)).Data("matchEducationFormerPupils").EnumerateArray().ToList();
        var after = await E3Async();

        before.Should().Be((0m, 2m), "two consenting prize-winners of six years ago, none linked yet");
        linked.Select(p => (p.Id(), p.GetProperty("linkedPerson").Id())).Should().Equal((returned, grownUp));
        linked.Select(p => p.Id()).Should().NotContain([withoutConsent, noPrize], "no link without consent, and only prize-winners are followed");
        again.Should().BeEmpty("a pupil linked once is not matched again");
        after.Should().Be((1m, 2m), "the prize-winner the Registry holds is now counted as come back");
    }

    [Fact]
    public async Task The_match_finds_a_person_whose_national_ID_is_added_to_the_Registry_later()
    {
        var contest = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi chọn học sinh giỏi quốc gia THPT 2024", level = "NATIONAL", schoolYear = 2023, heldOn = "2023-12-26" });
        var pupil = await PupilAsync(contest, "Vàng Thị Pà", "001304000201", consent: true, prize: "CONSOLATION");
        var person = await province.CreatePersonAsync("Vàng Thị Pà", province.School, gender: "FEMALE", ethnicGroup: "13", dateOfBirth: "2002-01-01");
        var first = (await province.GraphQLAsync(Match, token: province.Editor)).Data("matchEducationFormerPupils").EnumerateArray().Select(p => p.Id()).ToList();
        var version = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { version } }", new { id = person }, province.Administrator))
            .Data("intellectual").GetProperty("version").GetInt32();
        (await province.GraphQLAsync("mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id } }",
            new { id = person, input = new { version, nationalId = "001304000201" } }, province.Administrator)).Data("updateIntellectual");

        var second = (await province.GraphQLAsync(Match, token: province.Editor)).Data("matchEducationFormerPupils").EnumerateArray().ToList();

        first.Should().NotContain(pupil, "the Registry's record had no national ID yet");
        second.Single(p => p.Id() == pupil).GetProperty("linkedPerson").Id().Should().Be(person);
    }

    [Fact]
    public async Task The_match_finds_a_person_imported_into_the_Registry_from_a_file()
    {
        var contest = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 12 (2024)", level = "PROVINCIAL", schoolYear = 2023, heldOn = "2024-01-20" });
        var pupil = await PupilAsync(contest, "Thèn Thị Lình", "001304000401", consent: true, prize: "FIRST");
        var csv = string.Join('\n', "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Số định danh,Mã đơn vị,Lĩnh vực,Khu vực công",
            "Thèn Thị Lình,Nữ,03/04/2006,13,001304000401,THPT-MV,education,Có");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/import/intellectuals?dryRun=false")
        {
            Content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", province.Administrator);
        using var imported = await province.Host.Client.SendAsync(request);

        var linked = (await province.GraphQLAsync(Match, token: province.Editor)).Data("matchEducationFormerPupils").EnumerateArray().ToList();

        imported.IsSuccessStatusCode.Should().BeTrue(await imported.Content.ReadAsStringAsync());
        linked.Should().ContainSingle(p => p.Id() == pupil, "a person written by the import's bulk insert has the hash too");
    }

    [Fact]
    public async Task When_the_Registry_merges_the_linked_record_into_another_the_link_and_the_teachers_rows_follow_the_kept_one()
    {
        var contest = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 12 (2018)", level = "PROVINCIAL", schoolYear = 2017, heldOn = "2018-03-20" });
        var pupil = await PupilAsync(contest, "Lò Thị Chiêm", "001304000501", consent: true, prize: "THIRD");
        var duplicate = await province.CreatePersonAsync("Lò Thị Chiêm", province.School, gender: "FEMALE", dateOfBirth: "2000-09-09", nationalId: "001304000501");
        var kept = await province.CreatePersonAsync("Lò Thị Chiêm", province.School, gender: "FEMALE", dateOfBirth: "2000-09-09");
        (await province.GraphQLAsync(Match, token: province.Editor)).Data("matchEducationFormerPupils");
        await Mutate("recordEducationTeachingAssignment", "EducationTeachingAssignmentInput", new { personId = duplicate, unitId = province.School, title = "Hóa học", startedOn = "2024-09-01" });

        (await province.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = kept, merge = duplicate }, province.RegistryEditor)).Data("mergeIntellectuals");

        const string Pupils = "query($id: ID!) { educationContestEntries(contestId: $id) { nodes { pupil { id linkedPerson { id } } } } }";
        var linkedTo = await Eventually.ValueAsync(async () => (await province.GraphQLAsync(Pupils, new { id = contest }, province.PersonalDataEditor))
                .Data("educationContestEntries").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("pupil")).Single(p => p.Id() == pupil)
                .GetProperty("linkedPerson").Id(),
            id => id == kept);
        var assignments = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { educationTeachingAssignments { title } } }", new { id = kept }, province.Editor))
            .Data("intellectual").GetProperty("educationTeachingAssignments").EnumerateArray().Select(a => a.Text("title"));

        linkedTo.Should().Be(kept, "the pupil stays linked to the person, now under the kept record");
        assignments.Should().Equal("Hóa học");
    }

    [Fact]
    public async Task A_link_by_hand_is_checked_against_the_Registrys_own_record_of_the_person()
    {
        var contest = await Mutate("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 9 (2024)", level = "PROVINCIAL", schoolYear = 2023, heldOn = "2024-03-15" });
        var pupil = await PupilAsync(contest, "Chảo Thị Mẩy", "001304000301", consent: true, prize: "SECOND");
        var withoutNumber = await province.CreatePersonAsync("Chảo Thị Mẩy", province.School, gender: "FEMALE", dateOfBirth: "2006-01-01");
        var holder = await province.CreatePersonAsync("Chảo Thị Mẩy", province.UniversityBranch, gender: "FEMALE", dateOfBirth: "2005-07-09", nationalId: "001304000301");
        const string Link = "mutation($pupil: ID!, $person: ID!) { linkEducationPupil(pupilId: $pupil, personId: $person, nationalId: \"001304000301\") { linkedPerson { id } } }";

        var refused = await province.GraphQLAsync(Link, new { pupil, person = withoutNumber }, province.Editor);
        var linked = (await province.GraphQLAsync(Link, new { pupil, person = holder }, province.Editor)).Data("linkEducationPupil");

        refused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e =>
            e.Code == "VALIDATION" && e.Field == "nationalId" && e.Message!.Contains("khác"), "the number belongs to another Registry record");
        linked.GetProperty("linkedPerson").Id().Should().Be(holder);
    }

    [Fact]
    public async Task Another_departments_editor_may_not_run_the_match()
    {
        var refused = await province.GraphQLAsync(Match, token: province.RegistryEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    private async Task<Guid> PupilAsync(Guid contest, string name, string nationalId, bool consent, string? prize)
    {
        var pupil = await Mutate("recordEducationPupil", "EducationPupilInput", new
        {
            fullName = name, schoolUnitId = province.School, birthYear = 2001, gender = "FEMALE", ethnicGroupCode = "13", legalBasis = "PARENTAL_CONSENT",
            nationalId, followUpConsentOn = consent ? "2019-03-12" : null,
        });
        await Mutate("recordEducationContestEntry", "EducationContestEntryInput", new { contestId = contest, pupilId = pupil, subject = "Toán", prize });
        return pupil;
    }

    private async Task<Guid> Mutate(string field, string inputType, object input) =>
        (await province.GraphQLAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ id }} }}", new { input }, province.Editor)).Data(field).Id();

    private async Task<(decimal Numerator, decimal Denominator)> E3Async()
    {
        var value = (await province.GraphQLAsync("{ indicator(code: \"E3\") { value { numerator denominator } } }", token: province.Viewer))
            .Data("indicator").GetProperty("value");
        return (value.GetProperty("numerator").GetDecimal(), value.GetProperty("denominator").ValueKind == JsonValueKind.Number ? value.GetProperty("denominator").GetDecimal() : 0m);
    }
}
