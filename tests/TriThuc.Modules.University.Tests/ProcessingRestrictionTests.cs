using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

/// <summary>Issue 20, item 4: University honours a restriction of processing through the kit's <c>[DataSubject]</c> marks.</summary>
public sealed class ProcessingRestrictionTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    [Fact]
    public async Task A_restricted_person_cannot_be_enrolled_on_a_course_and_nothing_is_saved()
    {
        var person = await province.CreatePersonAsync("Nông Văn Hạn", province.HealthDepartment);
        var course = await province.OfferCourseAsync("Tiếng Anh giao tiếp cho cán bộ", "FOREIGN_LANGUAGE",
            UniversityHost.Today.AddDays(10), UniversityHost.Today.AddDays(40));
        await province.RestrictProcessingAsync(person);

        var enrolled = await province.GraphQLAsync(
            "mutation($input: UniversityEnrolmentInput!) { enrolUniversityCourseLearner(input: $input) { id } }",
            new { input = new { courseId = course, personId = person } }, province.Editor);

        enrolled.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "personId");
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { universityEnrolments { id } } }", new { id = person }, province.Administrator))
            .Data("intellectual").GetProperty("universityEnrolments").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Enrolment_and_research_output_files_refuse_at_their_row_what_would_be_added_about_a_restricted_person()
    {
        var person = await province.CreatePersonAsync("Lục Văn Hạn", province.UniversityBranch);
        var colleague = await province.CreatePersonAsync("Hà Thị Cộng", province.UniversityBranch);
        var start = UniversityHost.Today.AddDays(10);
        await province.OfferCourseAsync("Quản trị đại học số", "MANAGEMENT", start, start.AddDays(30));
        await province.RestrictProcessingAsync(person);
        var enrolments = string.Join('\n', "Tên khóa học,Ngày khai giảng,Mã trí thức,Ngày ghi danh",
            $"Quản trị đại học số,{start:dd/MM/yyyy},{colleague},{UniversityHost.Today:dd/MM/yyyy}",
            $"Quản trị đại học số,{start:dd/MM/yyyy},{person},{UniversityHost.Today:dd/MM/yyyy}");
        var outputs = string.Join('\n', "Tên công trình,Loại công trình,Năm,Tác giả",
            $"Chuyển đổi số trong đại học vùng cao,Book,2025,\"{colleague} *; {person}\"",
            $"Giáo dục song ngữ vùng cao,Book,2025,\"{colleague}\"");

        var (_, enrolled) = await province.ImportAsync("enrolments", enrolments, dryRun: true);
        var (_, recorded) = await province.ImportAsync("research-outputs", outputs, dryRun: true);

        enrolled.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        enrolled.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
        recorded.ProblemPlaces().Should().Equal((2, "Tác giả"));
        recorded.ProblemReasons().Single().Should().Contain(person.ToString(), "the cell names several people; the reason says which").And.Contain("hạn chế xử lý");
    }
}
