using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>Correcting a school's profile and an in-service course: the rules of recording, nothing half-saved, every change audited.</summary>
public sealed class EducationCorrectionTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string CorrectSchool = "mutation($id: ID!, $input: EducationSchoolInput!) { correctEducationSchool(id: $id, input: $input) { id level isPublic } }";
    private const string CorrectCourse = "mutation($id: ID!, $input: EducationInServiceTrainingInput!) { correctEducationInServiceTraining(id: $id, input: $input) { id title provider hours startedOn } }";

    [Fact]
    public async Task A_schools_profile_is_corrected_on_its_unit_by_the_rules_of_recording_and_audited()
    {
        var unit = await province.CreateUnitAsync(province.NextCode("TRUONG"), "Trường THPT Yên Minh", "SCHOOL", province.EducationDepartment, "2000-01-01");
        var other = await province.CreateUnitAsync(province.NextCode("TRUONG"), "Trường THPT Đồng Văn", "SCHOOL", province.EducationDepartment, "2000-01-01");
        var school = (await province.GraphQLAsync("mutation($input: EducationSchoolInput!) { recordEducationSchool(input: $input) { id } }",
            new { input = new { unitId = unit, level = "UPPER_SECONDARY", isPublic = true } }, province.Editor)).Data("recordEducationSchool").Id();

        var badPlace = await province.GraphQLAsync(CorrectSchool, new { id = school, input = new { unitId = unit, level = "LOWER_SECONDARY", isPublic = false, locationId = province.School } }, province.Editor);
        var moved = await province.GraphQLAsync(CorrectSchool, new { id = school, input = new { unitId = other, level = "UPPER_SECONDARY", isPublic = true } }, province.Editor);
        var refused = await province.GraphQLAsync(CorrectSchool, new { id = school, input = new { unitId = unit, level = "UPPER_SECONDARY", isPublic = false } }, province.RegistryEditor);
        var unchanged = (await province.GraphQLAsync("query($id: ID!) { educationSchool(id: $id) { level isPublic } }", new { id = school }, province.Editor)).Data("educationSchool");
        var corrected = (await province.GraphQLAsync(CorrectSchool, new { id = school, input = new { unitId = unit, level = "SPECIALISED_UPPER_SECONDARY", isPublic = false, locationId = province.Commune } }, province.Editor))
            .Data("correctEducationSchool");
        var missing = await province.GraphQLAsync(CorrectSchool, new { id = Guid.NewGuid(), input = new { unitId = unit, level = "UPPER_SECONDARY", isPublic = true } }, province.Editor);

        badPlace.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "locationId" && e.Message!.Contains("xã"));
        moved.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "unitId");
        refused.FirstError().Code.Should().Be("FORBIDDEN");
        (unchanged.Text("level"), unchanged.GetProperty("isPublic").GetBoolean()).Should().Be(("UPPER_SECONDARY", true), "a refused correction saves nothing, not even its valid part");
        (corrected.Text("level"), corrected.GetProperty("isPublic").GetBoolean()).Should().Be(("SPECIALISED_UPPER_SECONDARY", false));
        missing.FirstError().Code.Should().Be("NOT_FOUND");
        (await AuditActionsAsync(school)).Should().Equal(["Created", "Updated"]);
    }

    [Fact]
    public async Task A_course_is_corrected_until_it_is_completed_for_the_same_teacher_and_audited()
    {
        var teacher = await province.CreatePersonAsync("Lục Thị Vân", province.School, gender: "FEMALE", ethnicGroup: "02");
        var course = (await province.GraphQLAsync("mutation($input: EducationInServiceTrainingInput!) { recordEducationInServiceTraining(input: $input) { id } }",
            new { input = Course(teacher, "Bồi dưỡng thường xuyên module 1", 10) }, province.Editor)).Data("recordEducationInServiceTraining").Id();

        var tooMany = await province.GraphQLAsync(CorrectCourse, new { id = course, input = Course(teacher, "Bồi dưỡng thường xuyên module 2", 900) }, province.Editor);
        var otherTeacher = await province.GraphQLAsync(CorrectCourse, new { id = course, input = Course(province.People[4], "Bồi dưỡng thường xuyên module 2", 12) }, province.Editor);
        var corrected = (await province.GraphQLAsync(CorrectCourse, new { id = course, input = Course(teacher, "Bồi dưỡng thường xuyên module 2", 12) }, province.Editor))
            .Data("correctEducationInServiceTraining");
        (await province.GraphQLAsync("mutation($id: ID!) { completeEducationInServiceTraining(id: $id, completedOn: \"2025-08-20\") { id } }", new { id = course }, province.Editor))
            .Data("completeEducationInServiceTraining");
        var afterCompletion = await province.GraphQLAsync(CorrectCourse, new { id = course, input = Course(teacher, "Bồi dưỡng thường xuyên module 3", 12) }, province.Editor);

        tooMany.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "hours" && e.Message!.Contains("500"));
        otherTeacher.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "personId");
        (corrected.Text("title"), corrected.GetProperty("hours").GetInt32()).Should().Be(("Bồi dưỡng thường xuyên module 2", 12), "the refused corrections left the course as it was, then this one applied");
        afterCompletion.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Message!.Contains("hồ sơ trí thức"));
        (await AuditActionsAsync(course)).Should().Equal(["Created", "Updated", "Updated"], "recorded, corrected, completed");
    }

    private static object Course(Guid teacher, string title, int hours) =>
        new { personId = teacher, title, provider = "Trường Đại học Sư phạm Thái Nguyên", hours, startedOn = "2025-07-01" };

    private async Task<List<string?>> AuditActionsAsync(Guid id) =>
        [.. (await province.GraphQLAsync("query($id: ID!) { auditTrail(entityId: $id) { action changedAt } }", new { id }, province.Administrator)).Data("auditTrail").EnumerateArray()
            .OrderBy(e => e.GetProperty("changedAt").GetDateTimeOffset()).Select(e => e.Text("action"))];
}
