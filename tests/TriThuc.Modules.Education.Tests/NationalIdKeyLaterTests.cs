using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>
/// A deployment that kept people in the Registry before it configured the national-ID key: at the next start the
/// Registry gives every record with a number its keyed hash, so the follow-up match finds them.
/// </summary>
public sealed class NationalIdKeyLaterTests
{
    [Fact]
    public async Task People_kept_before_the_key_was_configured_are_matched_after_the_next_start()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Education");
        var dataPath = TempPaths.NewFolder("national-id-key");
        var database = TestDatabase.IsPostgres ? await PostgresServer.CreateDatabaseAsync() : null;
        string[] withoutKey = [$"TriThuc:DataPath={dataPath}"];
        string[] withKey = [.. withoutKey, "TriThuc:NationalIdKey=khoa-cau-hinh-sau"];
        try
        {
            Guid school, person;
            await using (var first = await TestHost.StartOnAsync(plugins, database, withoutKey))
            {
                var administrator = first.Token(Roles.Administrator);
                school = (await first.GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
                    new { input = new { code = "THPT-YM", name = "Trường THPT Yên Minh", kind = "UPPER_SECONDARY_SCHOOL", validFrom = "2000-01-01" } }, token: administrator)).Data("createUnit").Id();
                person = (await first.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
                {
                    input = new { fullName = "Mua Thị Sênh", gender = "FEMALE", dateOfBirth = "2001-05-05", ethnicGroupCode = "13", unitId = school, fieldCode = "education", isPublicSector = true, nationalId = "001301000601" },
                }, token: administrator)).Data("createIntellectual").Id();
            }

            await using var second = await TestHost.StartOnAsync(plugins, database, withKey);
            var editor = second.Token(Roles.Editor, "Education");
            var contest = (await second.GraphQLAsync("mutation($input: EducationContestInput!) { recordEducationContest(input: $input) { id } }",
                new { input = new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 12", level = "PROVINCIAL", schoolYear = 2018, heldOn = "2019-03-12" } }, token: editor)).Data("recordEducationContest").Id();
            var pupil = (await second.GraphQLAsync("mutation($input: EducationPupilInput!) { recordEducationPupil(input: $input) { id } }", new
            {
                input = new { fullName = "Mua Thị Sênh", schoolUnitId = school, birthYear = 2001, gender = "FEMALE", ethnicGroupCode = "13", legalBasis = "PARENTAL_CONSENT", nationalId = "001301000601", followUpConsentOn = "2019-03-12" },
            }, token: editor)).Data("recordEducationPupil").Id();
            (await second.GraphQLAsync("mutation($input: EducationContestEntryInput!) { recordEducationContestEntry(input: $input) { id } }",
                new { input = new { contestId = contest, pupilId = pupil, subject = "Toán", prize = "FIRST" } }, token: editor)).Data("recordEducationContestEntry");

            var linked = (await second.GraphQLAsync("mutation { matchEducationFormerPupils { id linkedPerson { id } } }", token: editor))
                .Data("matchEducationFormerPupils").EnumerateArray().ToList();

            linked.Select(p => (p.Id(), p.GetProperty("linkedPerson").Id())).Should().Equal((pupil, person));
        }
        finally
        {
            if (database is not null)
            {
                await PostgresServer.DropDatabaseAsync(database);
            }

            TempPaths.TryDelete(dataPath);
        }
    }
}
