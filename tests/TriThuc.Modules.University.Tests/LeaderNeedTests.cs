using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class LeaderNeedTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private const string Needs = "query($unit: ID!) { universityLeaderCourseNeeds(unitId: $unit) { person { fullName } needsCourseForT1 needsCourseForT2 } }";

    [Fact]
    public async Task A_departments_leaders_show_the_course_each_still_needs_for_T1_and_T2_until_they_pass_one()
    {
        await province.CreateLeaderAsync("Đỗ Văn An", province.HealthDepartment, dateOfBirth: "1970-03-01");
        var young = await province.CreateLeaderAsync("Bế Thị Yến", province.HealthDepartment, dateOfBirth: "1995-03-01");
        await province.CreateLeaderAsync("Ma Văn Cường", province.EducationDepartment, dateOfBirth: "1975-03-01");
        var ended = UniversityHost.Today.AddDays(-5);
        var course = await province.OfferCourseAsync("Tiếng Anh cho cán bộ lãnh đạo", "FOREIGN_LANGUAGE", ended.AddDays(-20), ended);

        var before = Rows(await province.GraphQLAsync(Needs, new { unit = province.HealthDepartment }, PrivacyOfficer));
        await province.RecordResultAsync(await province.EnrolAsync(course, young, ended.AddDays(-21)), 40, "PASSED");
        var after = await Eventually.ValueAsync(async () => Rows(await province.GraphQLAsync(Needs, new { unit = province.HealthDepartment }, PrivacyOfficer)),
            rows => rows.Any(r => r is { Name: "Bế Thị Yến", T2: false }));

        before.Should().Equal(new[] { ("Bế Thị Yến", true, true), ("Đỗ Văn An", true, false) });
        after.Should().Equal(new[] { ("Bế Thị Yến", true, false), ("Đỗ Văn An", true, false) },
            "a language course puts a young leader in T2, but T1 needs an international-environment course, a degree abroad or level 4");
    }

    [Fact]
    public async Task Whether_a_leader_is_under_forty_needs_the_personal_data_permission()
    {
        await province.CreateLeaderAsync("Nông Văn Hải", province.HomeAffairsDepartment, dateOfBirth: "1992-03-01");

        var refused = await province.GraphQLAsync(Needs, new { unit = province.HomeAffairsDepartment }, province.Editor);
        var t1Only = await province.GraphQLAsync("query($unit: ID!) { universityLeaderCourseNeeds(unitId: $unit) { person { fullName } needsCourseForT1 } }",
            new { unit = province.HomeAffairsDepartment }, province.Editor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
        t1Only.Data("universityLeaderCourseNeeds").EnumerateArray().Select(r => r.GetProperty("person").Text("fullName")).Should().Equal("Nông Văn Hải");
    }

    private string PrivacyOfficer => province.Host.Token("editor", "University", "personal-data:read");

    private static List<(string Name, bool T1, bool T2)> Rows(JsonElement result) =>
        result.Data("universityLeaderCourseNeeds").EnumerateArray()
            .Select(r => (r.GetProperty("person").Text("fullName") ?? "", r.GetProperty("needsCourseForT1").GetBoolean(), r.GetProperty("needsCourseForT2").GetBoolean()))
            .ToList();
}
