using System.Net;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>Issue 20, item 4: Education honours a restriction of processing through the kit's <c>[DataSubject]</c> marks.</summary>
public sealed class ProcessingRestrictionTests(EducationHost province) : IClassFixture<EducationHost>
{
    [Fact]
    public async Task A_restricted_teacher_cannot_be_assigned_or_sent_on_a_course_and_nothing_is_saved()
    {
        var teacher = await province.CreatePersonAsync("Hoàng Thị Hạn", province.School, gender: "FEMALE");
        await province.RestrictProcessingAsync(teacher);

        var assigned = await province.GraphQLAsync(
            "mutation($input: EducationTeachingAssignmentInput!) { recordEducationTeachingAssignment(input: $input) { id } }",
            new { input = new { personId = teacher, unitId = province.School, title = "Ngữ văn", startedOn = "2025-09-05" } }, province.Editor);
        var course = await province.GraphQLAsync(
            "mutation($input: EducationInServiceTrainingInput!) { recordEducationInServiceTraining(input: $input) { id } }",
            new { input = new { personId = teacher, title = "Bồi dưỡng kỹ năng chuyển đổi số", provider = "Sở Giáo dục và Đào tạo", hours = 15, startedOn = "2025-07-01" } }, province.Editor);

        assigned.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "personId");
        course.FirstError().Code.Should().Be("PROCESSING_RESTRICTED");
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { educationTeachingAssignments { id } } }", new { id = teacher }, province.Administrator))
            .Data("intellectual").GetProperty("educationTeachingAssignments").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_in_service_courses_file_refuses_at_its_row_a_new_course_for_a_restricted_teacher_and_one_already_on_file_goes_through()
    {
        var teacher = await province.CreatePersonAsync("Ma Thị Hạn", province.School, gender: "FEMALE");
        const string Header = "Mã trí thức,Tên khóa,Đơn vị tổ chức,Số tiết,Từ ngày,Ngày hoàn thành,Số chứng nhận";
        var lastYear = string.Join('\n', Header, $"{teacher},Bồi dưỡng module 1,Sở Giáo dục và Đào tạo,20,01/07/2024,,");
        (await province.ImportAsync("in-service-trainings", lastYear, dryRun: false)).Status.Should().Be(HttpStatusCode.OK);
        await province.RestrictProcessingAsync(teacher);
        var thisYear = string.Join('\n', Header,
            $"{teacher},Bồi dưỡng module 1,Sở Giáo dục và Đào tạo,20,01/07/2024,,",
            $"{teacher},Bồi dưỡng module 2,Sở Giáo dục và Đào tạo,20,01/07/2025,,");

        var assignment = string.Join('\n', "Mã trí thức,Mã đơn vị,Môn dạy,Từ ngày", $"{teacher},THPT-MV,Ngữ văn,05/09/2025");

        var (_, dry) = await province.ImportAsync("in-service-trainings", thisYear, dryRun: true);
        var (status, written) = await province.ImportAsync("in-service-trainings", thisYear, dryRun: false);
        var (again, _) = await province.ImportAsync("in-service-trainings", lastYear, dryRun: false);
        var (_, assigned) = await province.ImportAsync("teaching-assignments", assignment, dryRun: true);

        dry.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        dry.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        written.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        again.Should().Be(HttpStatusCode.OK, "the course is on file already, so the row adds nothing");
        assigned.ProblemPlaces().Should().Equal((2, "Mã trí thức"));
        assigned.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
    }

    [Fact]
    public async Task A_pupil_linked_to_a_restricted_person_gets_no_new_contest_result_by_hand_or_by_file_and_a_result_already_on_file_goes_through()
    {
        var first = await MutateAsync("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 9 (đợt 1)", level = "PROVINCIAL", schoolYear = 2018, heldOn = "2019-01-12" });
        var provincial = await MutateAsync("recordEducationContest", "EducationContestInput", new { title = "Kỳ thi học sinh giỏi cấp tỉnh lớp 9 (hạn chế)", level = "PROVINCIAL", schoolYear = 2018, heldOn = "2019-03-16" });
        var pupil = await MutateAsync("recordEducationPupil", "EducationPupilInput", new
        {
            fullName = "Thào Thị Hạn", schoolUnitId = province.School, birthYear = 2004, gender = "FEMALE", ethnicGroupCode = "13", legalBasis = "PARENTAL_CONSENT",
            nationalId = "002304007777", followUpConsentOn = "2019-01-12",
        });
        await MutateAsync("recordEducationContestEntry", "EducationContestEntryInput", new { contestId = first, pupilId = pupil, subject = "Toán", prize = "FIRST" });
        var person = await province.CreatePersonAsync("Thào Thị Hạn", province.School, gender: "FEMALE", ethnicGroup: "13", dateOfBirth: "2004-02-02", nationalId: "002304007777");
        (await province.GraphQLAsync("mutation($pupil: ID!, $person: ID!) { linkEducationPupil(pupilId: $pupil, personId: $person, nationalId: \"002304007777\") { id } }",
            new { pupil, person }, province.Editor)).Data("linkEducationPupil");
        await province.RestrictProcessingAsync(person);
        var csv = string.Join('\n', "Kỳ thi,Ngày thi,Mã học sinh,Môn thi,Điểm,Giải",
            $"Kỳ thi học sinh giỏi cấp tỉnh lớp 9 (đợt 1),12/01/2019,{pupil},Toán,,Nhất",
            $"Kỳ thi học sinh giỏi cấp tỉnh lớp 9 (hạn chế),16/03/2019,{pupil},Toán,16,Ba");

        var byHand = await province.GraphQLAsync("mutation($input: EducationContestEntryInput!) { recordEducationContestEntry(input: $input) { id } }",
            new { input = new { contestId = provincial, pupilId = pupil, subject = "Toán", prize = "THIRD" } }, province.Editor);
        var (_, dry) = await province.ImportAsync("contest-results", csv, dryRun: true);
        var (_, written) = await province.ImportAsync("contest-results", csv, dryRun: false);
        var (onFile, _) = await province.ImportAsync("contest-results", string.Join('\n', csv.Split('\n')[..2]), dryRun: false);

        byHand.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "pupilId");
        dry.ProblemPlaces().Should().Equal((3, "Mã học sinh"));
        dry.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
        written.ProblemPlaces().Should().Equal((3, "Mã học sinh"));
        onFile.Should().Be(HttpStatusCode.OK, "the first result is already on file");
        (await province.GraphQLAsync("query($id: ID!) { educationContestEntries(contestId: $id) { nodes { id } } }", new { id = provincial }, province.Editor))
            .Data("educationContestEntries").GetProperty("nodes").GetArrayLength().Should().Be(0);
    }

    private async Task<Guid> MutateAsync(string field, string inputType, object input) =>
        (await province.GraphQLAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ id }} }}", new { input }, province.Editor)).Data(field).Id();
}
