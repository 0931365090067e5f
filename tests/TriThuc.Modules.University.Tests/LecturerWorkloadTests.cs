using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

/// <summary>A lecturer's year against Circular 20/2020/TT-BGDĐT, one case per point of the rule, through GraphQL.</summary>
public sealed class LecturerWorkloadTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private const int Year = 2024;

    [Theory]
    [InlineData("everything met", 280, 600, "JOURNAL_ARTICLE", false, true, true, true, true)]
    [InlineData("a conference report is the minimum output", 270, 587, "CONFERENCE_PAPER", false, true, true, true, true)]
    [InlineData("teaching under the norm", 250, 600, "INSTITUTION_PROJECT", false, false, true, true, false)]
    [InlineData("research one hour under a third of 1,760 (587)", 300, 586, "INDEXED_ARTICLE", false, true, false, true, false)]
    [InlineData("no output", 300, 700, null, false, true, true, false, false)]
    [InlineData("a book is not a minimum output", 300, 700, "BOOK", false, true, true, false, false)]
    [InlineData("a probationary lecturer is exempt however short", 10, 0, null, true, false, false, false, true)]
    public async Task A_year_is_assessed_on_teaching_norm_a_third_on_research_and_one_qualifying_output(
        string why, decimal teaching, int research, string? output, bool probationary, bool teachingMet, bool researchMet, bool outputMet, bool meets)
    {
        var lecturer = await province.CreatePersonAsync(province.NextCode("Giảng viên"), province.UniversityBranch);
        if (output is not null)
        {
            await province.OutputAsync(lecturer, output, Year);
        }

        await province.OutputAsync(lecturer, "JOURNAL_ARTICLE", Year + 1);

        var assessment = (await province.RecordWorkloadAsync(new { personId = lecturer, academicYear = Year, teachingNorm = 270, teachingHours = teaching, researchHours = research, isProbationary = probationary }))
            .Data("recordUniversityLecturerWorkload").GetProperty("assessment");

        (assessment.GetProperty("teachingNormMet").GetBoolean(), assessment.GetProperty("researchShareMet").GetBoolean(), assessment.GetProperty("minimumOutputMet").GetBoolean())
            .Should().Be((teachingMet, researchMet, outputMet), why);
        assessment.GetProperty("meetsObligations").GetBoolean().Should().Be(meets, why);
        assessment.GetProperty("exempt").GetBoolean().Should().Be(probationary);
        assessment.GetProperty("shortfalls").GetArrayLength().Should().Be(meets ? 0 : new[] { teachingMet, researchMet, outputMet }.Count(m => !m), why);
        assessment.GetProperty("qualifyingOutputs").GetInt32().Should().Be(outputMet ? 1 : 0, "the next year's article counts in the next academic year");
    }

    [Fact]
    public async Task Recording_a_year_again_corrects_it_and_each_intellectual_shows_their_years_latest_first()
    {
        var lecturer = await province.CreatePersonAsync("Đặng Văn Khoa", province.UniversityBranch);
        var first = (await province.RecordWorkloadAsync(new { personId = lecturer, academicYear = Year, teachingNorm = 270, teachingHours = 100, researchHours = 600 }))
            .Data("recordUniversityLecturerWorkload");
        var corrected = (await province.RecordWorkloadAsync(new { personId = lecturer, academicYear = Year, teachingNorm = 270, teachingHours = 290.5m, researchHours = 600 }))
            .Data("recordUniversityLecturerWorkload");
        await province.RecordWorkloadAsync(new { personId = lecturer, academicYear = Year - 1, workingHours = 880, teachingNorm = 270, teachingHours = 135, researchHours = 300, isProbationary = true });
        await province.RecordWorkloadAsync(new { personId = province.People[5], academicYear = Year, teachingNorm = 300, teachingHours = 300, researchHours = 600 });

        corrected.Id().Should().Be(first.Id());
        corrected.GetProperty("assessment").GetProperty("teachingNormMet").GetBoolean().Should().BeTrue();
        corrected.GetProperty("workingHours").GetInt32().Should().Be(1760, "a full year is 1,760 hours unless told otherwise");
        var people = (await province.GraphQLAsync("query($a: ID!, $b: ID!) { a: intellectual(id: $a) { universityLecturerWorkloads { academicYear teachingHours isProbationary } } b: intellectual(id: $b) { universityLecturerWorkloads { teachingNorm } } }",
            new { a = lecturer, b = province.People[5] }, province.RegistryEditor)).GetProperty("data");
        var years = people.GetProperty("a").GetProperty("universityLecturerWorkloads").EnumerateArray().ToList();
        years.Select(y => y.GetProperty("academicYear").GetInt32()).Should().Equal(Year, Year - 1);
        years[0].GetProperty("teachingHours").GetDecimal().Should().Be(290.5m);
        years[1].GetProperty("isProbationary").GetBoolean().Should().BeTrue();
        people.GetProperty("b").GetProperty("universityLecturerWorkloads")[0].GetProperty("teachingNorm").GetInt32().Should().Be(300);
        (await province.GraphQLAsync($"{{ universityLecturerWorkloads(filter: {{ academicYear: {Year - 1}, isProbationary: true }}) {{ totalCount }} }}", token: province.Editor))
            .Data("universityLecturerWorkloads").GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("outside", 2024, 270, 300, 600, 1760, "personId")]
    [InlineData("branch", 2024, 180, 300, 600, 1760, "teachingNorm")]
    [InlineData("branch", 2024, 270, 300, 1000, 900, "researchHours")]
    [InlineData("branch", 2024, 270, 300, 600, 1800, "workingHours")]
    [InlineData("branch", 2099, 270, 300, 600, 1760, "academicYear")]
    public async Task A_wrong_year_is_refused_on_its_field_and_nothing_is_saved(string where, int year, int norm, decimal teaching, int research, int working, string field)
    {
        var person = await province.CreatePersonAsync(province.NextCode("Người"), where == "branch" ? province.UniversityBranch : province.Hospital);

        var refused = await province.RecordWorkloadAsync(new { personId = person, academicYear = year, teachingNorm = norm, teachingHours = teaching, researchHours = research, workingHours = working });

        refused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == field);
        (await province.GraphQLAsync("query($p: ID!) { universityLecturerWorkloads(filter: { personId: $p }) { totalCount } }", new { p = person }, province.Editor))
            .Data("universityLecturerWorkloads").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Another_departments_editor_may_not_record_a_year()
    {
        var refused = await province.RecordWorkloadAsync(new { personId = province.People[5], academicYear = Year, teachingNorm = 270, teachingHours = 1, researchHours = 1 }, province.EditorOf("Education"));

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task A_lecturer_s_assessment_is_read_only_with_the_personal_data_permission()
    {
        var person = province.People[5];
        (await province.RecordWorkloadAsync(new { personId = person, academicYear = Year, teachingNorm = 270, teachingHours = 280, researchHours = 600 }))
            .Data("recordUniversityLecturerWorkload");
        const string Assessment = "query($id: ID!) { universityLecturerWorkloads(filter: { personId: $id }) { nodes { academicYear assessment { meetsObligations } } } }";

        var refused = await province.GraphQLAsync(Assessment, new { id = person }, province.Editor);
        var read = await province.GraphQLAsync(Assessment, new { id = person }, province.PersonalDataEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN", "an assessment of one named person is personal data");
        read.Data("universityLecturerWorkloads").GetProperty("nodes").GetArrayLength().Should().BeGreaterThan(0);
    }
}
