using System.Net;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>Teaching assignments, assessments, contest results and in-service courses from files: every bad row reported, nothing half-saved, a dry run that saves nothing.</summary>
public sealed class ImportTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string Criteria = "Tiêu chí 1,Tiêu chí 2,Tiêu chí 3,Tiêu chí 4,Tiêu chí 5,Tiêu chí 6,Tiêu chí 7,Tiêu chí 8,Tiêu chí 9,Tiêu chí 10,Tiêu chí 11,Tiêu chí 12,Tiêu chí 13,Tiêu chí 14,Tiêu chí 15";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly int LastSchoolYear = (Today.Month >= 8 ? Today.Year : Today.Year - 1) - 1;

    [Fact]
    public async Task Every_bad_row_of_an_assignments_file_is_reported_with_its_column_and_nothing_is_saved()
    {
        var (code, school) = await SchoolAsync("Trường THPT Bắc Mê");
        var first = await province.CreatePersonAsync("Nguyễn Thị Thu", school);
        var second = await province.CreatePersonAsync("Trần Văn Lâm", school);
        var csv = string.Join('\n', "Mã trí thức,Mã đơn vị,Môn dạy,Từ ngày,Đến ngày,Hình thức,Cốt cán",
            $"{first},{code},Toán,01/09/2024,,Biên chế,",
            $"{second},KHONG-CO,Ngữ văn,01/09/2024,,,",
            $"{second},{code},,01/09/2024,,,",
            $"{second},{code},Hóa học,01/09/2024,31/08/2024,,",
            $"{second},{code},Sinh học,01/09/2024,,Thỉnh giảng,",
            $"{second},{code},Tin học,01/09/2024,,,Có",
            $"{first},{code},toan,01/09/2024,,,");

        var (status, report) = await province.ImportAsync("teaching-assignments", csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.ProblemPlaces().Should().Equal((3, "Mã đơn vị"), (4, "Môn dạy"), (5, "Đến ngày"), (6, "Hình thức"), (7, "Cốt cán"), (8, "Môn dạy"));
        report.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("reason").GetString()).Should().Contain(r => r!.Contains("chưa có kết quả đánh giá"));
        (await AssignmentsAsync(school)).Should().BeEmpty("a file is saved whole or not at all");
    }

    [Fact]
    public async Task An_assignments_file_imported_twice_adds_once_and_a_dry_run_saves_nothing()
    {
        var (code, school) = await SchoolAsync("Trường THPT Quản Bạ");
        var teacher = await province.CreatePersonAsync("Lương Văn Tuấn", school);
        var colleague = await province.CreatePersonAsync("Hoàng Thị Nga", school);
        var csv = string.Join('\n', "Mã trí thức,Mã đơn vị,Môn dạy,Từ ngày,Đến ngày,Hình thức,Cốt cán",
            $"{teacher},{code},Vật lý,05/09/2023,30/06/2025,Hợp đồng,Không",
            $"{colleague},{school},Địa lý,05/09/2024,,bien che,");

        var (_, dry) = await province.ImportAsync("teaching-assignments", csv, dryRun: true);
        var afterDryRun = await AssignmentsAsync(school);
        var (status, once) = await province.ImportAsync("teaching-assignments", csv, dryRun: false);
        var (_, twice) = await province.ImportAsync("teaching-assignments", csv, dryRun: false);
        var (forbidden, _) = await province.ImportAsync("teaching-assignments", csv, dryRun: false, province.EditorOf("Health"));

        dry.GetProperty("created").GetInt32().Should().Be(2, dry.ToString());
        afterDryRun.Should().BeEmpty();
        status.Should().Be(HttpStatusCode.OK, once.ToString());
        once.GetProperty("created").GetInt32().Should().Be(2);
        twice.GetProperty("created").GetInt32().Should().Be(0, "both assignments are on file already");
        forbidden.Should().Be(HttpStatusCode.Forbidden);
        (await AssignmentsAsync(school)).Should().BeEquivalentTo(["Vật lý CONTRACT 2025-06-30", "Địa lý PERMANENT_STAFF "]);
    }

    [Fact]
    public async Task An_assessments_file_finalises_the_teachers_own_rating_or_records_both_and_checks_the_level()
    {
        var (code, school) = await SchoolAsync("Trường THPT Vị Xuyên");
        var selfRated = await province.CreatePersonAsync("Đặng Văn Hùng", school);
        var notRated = await province.CreatePersonAsync("Bế Thị Hương", school);
        (await province.GraphQLAsync("mutation($input: EducationStandardAssessmentInput!) { recordEducationSelfAssessment(input: $input) { id } }",
            new { input = new { personId = selfRated, unitId = school, schoolYear = LastSchoolYear, ratings = Enumerable.Repeat("GOOD", 15) } }, province.Editor))
            .Data("recordEducationSelfAssessment");
        var header = $"Mã trí thức,Mã đơn vị,Năm học,{Criteria},Xếp loại,{Criteria.Replace("Tiêu chí", "Tự đánh giá tiêu chí")}";
        var good = string.Join(',', Enumerable.Repeat("Khá", 15));
        var excellent = string.Join(',', Enumerable.Repeat("Tốt", 15));
        var none = new string(',', 14);

        var bad = string.Join('\n', header,
            $"{notRated},{code},{LastSchoolYear},{good},,{none}",
            $"{selfRated},{code},{LastSchoolYear},{good},Tốt,{none}",
            $"{selfRated},{code},2010,{good},,{none}",
            $"{selfRated},{code},{LastSchoolYear},{good.Replace("Khá,Khá,Khá", "Khá,Giỏi,Khá")},,{none}");
        var (badStatus, badReport) = await province.ImportAsync("standard-assessments", bad, dryRun: false);
        var fine = string.Join('\n', header,
            $"{selfRated},{code},{LastSchoolYear}-{LastSchoolYear + 1},{excellent},Đạt chuẩn ở mức tốt,{none}",
            $"{notRated},{code},{LastSchoolYear},{good},,{excellent}");
        var (_, once) = await province.ImportAsync("standard-assessments", fine, dryRun: false);
        var (_, twice) = await province.ImportAsync("standard-assessments", fine, dryRun: false);

        badStatus.Should().Be(HttpStatusCode.UnprocessableEntity);
        badReport.ProblemPlaces().Should().Equal((2, "Tự đánh giá tiêu chí 1"), (3, "Xếp loại"), (4, "Năm học"), (5, "Tiêu chí 2"));
        once.GetProperty("created").GetInt32().Should().Be(2, once.ToString());
        twice.GetProperty("created").GetInt32().Should().Be(0, "the same final ratings again change nothing");
        var levels = (await province.GraphQLAsync("query($u: ID!) { educationStandardAssessments(filter: { unitId: $u }) { nodes { person { id } selfLevel overallLevel } } }",
                new { u = school }, province.PersonalDataEditor)).Data("educationStandardAssessments").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("person").Id(), n => (n.Text("selfLevel"), n.Text("overallLevel")));
        levels[selfRated].Should().Be(("GOOD", "EXCELLENT"), "the teacher's own rating on file is kept beside the principal's");
        levels[notRated].Should().Be(("EXCELLENT", "GOOD"));
    }

    /// <summary>
    /// The principal's final rating changes the teacher's assessment, so it is refused at its row once the teacher's
    /// processing is restricted; the same ratings imported again change nothing and go through.
    /// </summary>
    [Fact]
    public async Task An_assessments_file_refuses_at_its_row_a_final_rating_that_would_change_a_restricted_teachers_assessment()
    {
        var (code, school) = await SchoolAsync("Trường THPT Hạn chế");
        var teacher = await province.CreatePersonAsync("Lò Văn Hạn", school);
        (await province.GraphQLAsync("mutation($input: EducationStandardAssessmentInput!) { recordEducationSelfAssessment(input: $input) { id } }",
            new { input = new { personId = teacher, unitId = school, schoolYear = LastSchoolYear, ratings = Enumerable.Repeat("GOOD", 15) } }, province.Editor))
            .Data("recordEducationSelfAssessment");
        var header = $"Mã trí thức,Mã đơn vị,Năm học,{Criteria}";
        var rated = string.Join('\n', header, $"{teacher},{code},{LastSchoolYear},{string.Join(',', Enumerable.Repeat("Khá", 15))}");
        var ratedAgain = string.Join('\n', header, $"{teacher},{code},{LastSchoolYear},{string.Join(',', Enumerable.Repeat("Tốt", 15))}");
        (await province.ImportAsync("standard-assessments", rated, dryRun: false)).Status.Should().Be(HttpStatusCode.OK);
        await province.RestrictProcessingAsync(teacher);

        var (same, _) = await province.ImportAsync("standard-assessments", rated, dryRun: false);
        var (_, changed) = await province.ImportAsync("standard-assessments", ratedAgain, dryRun: true);

        same.Should().Be(HttpStatusCode.OK, "the same final ratings change nothing");
        changed.ProblemPlaces().Should().Equal((2, "Mã trí thức"));
        changed.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
    }

    [Fact]
    public async Task A_contest_results_file_enters_pupils_with_prizes_for_the_team_once()
    {
        var contest = (await province.GraphQLAsync("mutation($input: EducationContestInput!) { recordEducationContest(input: $input) { id } }",
            new { input = new { title = "Kỳ thi chọn học sinh giỏi quốc gia THPT", level = "NATIONAL", schoolYear = 2025, heldOn = "2025-12-10" } }, province.Editor))
            .Data("recordEducationContest").Id();
        (await province.GraphQLAsync("mutation($input: EducationTeamInput!) { recordEducationTeam(input: $input) { id } }",
            new { input = new { contestId = contest, subject = "Hóa học", coachIds = new[] { province.People[4] } } }, province.Editor)).Data("recordEducationTeam");
        var first = await PupilAsync("Lù Thị Dín");
        var second = await PupilAsync("Cư Seo Dình");
        const string Header = "Kỳ thi,Ngày thi,Mã học sinh,Môn thi,Điểm,Giải,Đội tuyển";

        var bad = string.Join('\n', Header,
            $"Kỳ thi chọn học sinh giỏi quốc gia THPT,11/12/2025,{first},Hóa học,15,Nhì,Có",
            $"Kỳ thi chọn học sinh giỏi quốc gia THPT,10/12/2025,{Guid.NewGuid()},Hóa học,15,Nhì,Có",
            $"Kỳ thi chọn học sinh giỏi quốc gia THPT,10/12/2025,{first},Sinh học,15,Nhì,Có",
            $"Kỳ thi chọn học sinh giỏi quốc gia THPT,10/12/2025,{first},Hóa học,mười,Nhì,Có",
            $"Kỳ thi chọn học sinh giỏi quốc gia THPT,10/12/2025,{first},Hóa học,15,Hạng tư,Có",
            $"Kỳ thi chọn học sinh giỏi quốc gia THPT,10/12/2025,{second},Hóa học,15,Nhì,Có",
            $"ky thi chon hoc sinh gioi quoc gia thpt,10/12/2025,{second},Toán,12,,");
        var (badStatus, badReport) = await province.ImportAsync("contest-results", bad, dryRun: false);
        var fine = string.Join('\n', Header,
            $"Kỳ thi chọn học sinh giỏi quốc gia THPT,10/12/2025,{first},Hóa học,\"17,5\",Giải Nhất,Có",
            $"ky thi chon hoc sinh gioi quoc gia thpt,10/12/2025,{second},Hóa học,12,KK,x");
        var (_, dry) = await province.ImportAsync("contest-results", fine, dryRun: true);
        var (_, once) = await province.ImportAsync("contest-results", fine, dryRun: false);
        var (_, twice) = await province.ImportAsync("contest-results", fine, dryRun: false);

        badStatus.Should().Be(HttpStatusCode.UnprocessableEntity);
        badReport.ProblemPlaces().Should().Equal((2, "Kỳ thi"), (3, "Mã học sinh"), (4, "Đội tuyển"), (5, "Điểm"), (6, "Giải"), (8, "Mã học sinh"));
        dry.GetProperty("created").GetInt32().Should().Be(2);
        once.GetProperty("created").GetInt32().Should().Be(2, once.ToString());
        twice.GetProperty("created").GetInt32().Should().Be(0);
        var entries = (await province.GraphQLAsync("query($id: ID!) { educationContestEntries(contestId: $id) { nodes { prize score teamId } } }", new { id = contest }, province.Editor))
            .Data("educationContestEntries").GetProperty("nodes").EnumerateArray().Select(e => (e.Text("prize"), e.GetProperty("score").GetDecimal(), e.Text("teamId") is not null));
        entries.Should().Equal(("FIRST", 17.5m, true), ("CONSOLATION", 12m, true));
    }

    [Fact]
    public async Task An_in_service_courses_file_reports_every_bad_row_is_saved_once_and_reports_completed_courses_to_the_Registry()
    {
        var teacher = await province.CreatePersonAsync("Đặng Thị Huyền", province.School, gender: "FEMALE", ethnicGroup: "06");
        var colleague = await province.CreatePersonAsync("Nông Văn Chiến", province.School, ethnicGroup: "02");
        const string Header = "Mã trí thức,Tên khóa,Đơn vị tổ chức,Số tiết,Từ ngày,Ngày hoàn thành,Số chứng nhận";
        var bad = string.Join('\n', Header,
            $"{teacher},Bồi dưỡng module 4,Sở Giáo dục và Đào tạo,20,01/07/2025,,",
            $"{Guid.NewGuid()},Bồi dưỡng module 5,Sở Giáo dục và Đào tạo,20,01/07/2025,,",
            $"{teacher},,Sở Giáo dục và Đào tạo,20,01/07/2025,,",
            $"{teacher},Bồi dưỡng module 6,Sở Giáo dục và Đào tạo,ba mươi,01/07/2025,,",
            $"{teacher},Bồi dưỡng module 7,Sở Giáo dục và Đào tạo,600,01/07/2025,,",
            $"{teacher},Bồi dưỡng module 8,Sở Giáo dục và Đào tạo,20,01/07/2025,30/06/2025,",
            $"{teacher},Bồi dưỡng module 9,Sở Giáo dục và Đào tạo,20,01/07/2025,,BDTX-01",
            $"{teacher},bồi dưỡng MODULE 4,Sở Giáo dục và Đào tạo,20,01/07/2025,,");
        var fine = string.Join('\n', Header,
            $"{teacher},Bồi dưỡng module 4,Sở Giáo dục và Đào tạo,20,01/07/2025,20/08/2025,BDTX-2025-101",
            $"{colleague},Bồi dưỡng module 4,Sở Giáo dục và Đào tạo,20,01/07/2025,,");

        var (badStatus, badReport) = await province.ImportAsync("in-service-trainings", bad, dryRun: false);
        var (_, dry) = await province.ImportAsync("in-service-trainings", fine, dryRun: true);
        var afterDryRun = await CoursesAsync(teacher);
        var (status, once) = await province.ImportAsync("in-service-trainings", fine, dryRun: false);
        var (_, twice) = await province.ImportAsync("in-service-trainings", fine, dryRun: false);

        badStatus.Should().Be(HttpStatusCode.UnprocessableEntity);
        badReport.ProblemPlaces().Should().Equal((3, "Mã trí thức"), (4, "Tên khóa"), (5, "Số tiết"), (6, "Số tiết"), (7, "Ngày hoàn thành"), (8, "Số chứng nhận"), (9, "Tên khóa"));
        dry.GetProperty("created").GetInt32().Should().Be(2, dry.ToString());
        afterDryRun.Should().BeEmpty("a dry run saves nothing, and the refused file saved nothing either");
        status.Should().Be(HttpStatusCode.OK, once.ToString());
        once.GetProperty("created").GetInt32().Should().Be(2);
        twice.GetProperty("created").GetInt32().Should().Be(0, "both courses are on file already");
        (await CoursesAsync(teacher)).Should().Equal("Bồi dưỡng module 4 2025-08-20");
        var reported = await Eventually.ValueAsync(() => KnowledgeUpdatesAsync(teacher), t => t.Count > 0);
        reported.Should().Equal("Bồi dưỡng module 4");
        (await KnowledgeUpdatesAsync(colleague)).Should().BeEmpty("a course not completed is not reported");
    }

    private async Task<List<string>> CoursesAsync(Guid person) =>
        [.. (await province.GraphQLAsync("query($id: ID) { educationInServiceTrainings(filter: { personId: $id }) { nodes { title completedOn } } }", new { id = person }, province.Editor))
            .Data("educationInServiceTrainings").GetProperty("nodes").EnumerateArray().Select(n => $"{n.Text("title")} {n.Text("completedOn")}")];

    private async Task<List<string?>> KnowledgeUpdatesAsync(Guid person) =>
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { kind title } } }", new { id = person }, province.Administrator))
            .Data("intellectual").GetProperty("trainings").EnumerateArray()
            .Where(t => t.Text("kind") == "KNOWLEDGE_UPDATE").Select(t => t.Text("title")).ToList();

    private async Task<(string Code, Guid Id)> SchoolAsync(string name)
    {
        var code = province.NextCode("THPT");
        var school = await province.CreateUnitAsync(code, name, "UPPER_SECONDARY_SCHOOL", province.EducationDepartment, "2000-01-01");
        (await province.GraphQLAsync("mutation($input: EducationSchoolInput!) { recordEducationSchool(input: $input) { id } }",
            new { input = new { unitId = school, level = "UPPER_SECONDARY", isPublic = true } }, province.Editor)).Data("recordEducationSchool");
        return (code, school);
    }

    private async Task<List<string>> AssignmentsAsync(Guid school) =>
        [.. (await province.GraphQLAsync("query($u: ID!) { educationTeachingAssignments(filter: { unitId: $u }) { nodes { title employment endedOn } } }", new { u = school }, province.Editor))
            .Data("educationTeachingAssignments").GetProperty("nodes").EnumerateArray().Select(n => $"{n.Text("title")} {n.Text("employment")} {n.Text("endedOn")}")];

    private async Task<Guid> PupilAsync(string fullName) =>
        (await province.GraphQLAsync("mutation($input: EducationPupilInput!) { recordEducationPupil(input: $input) { id } }", new
        {
            input = new { fullName, schoolUnitId = province.School, birthYear = 2008, gender = "MALE", ethnicGroupCode = "13", legalBasis = "PARENTAL_CONSENT" },
        }, province.Editor)).Data("recordEducationPupil").Id();
}
