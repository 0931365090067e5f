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
}
