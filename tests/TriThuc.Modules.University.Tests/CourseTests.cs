using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class CourseTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private static readonly DateOnly Ended = UniversityHost.Today.AddDays(-20);

    [Fact]
    public async Task A_pass_in_an_international_environment_course_is_recorded_once_by_the_Registry_and_moves_T1()
    {
        var leader = await province.CreateLeaderAsync("Vũ Minh Tuấn", province.HealthDepartment);
        var course = await province.OfferCourseAsync("Kỹ năng làm việc trong môi trường quốc tế", "INTERNATIONAL_ENVIRONMENT", Ended.AddDays(-10), Ended);
        (await InNumeratorOfT1Async()).Should().NotContain(leader, "the leader has no training, degree abroad or language yet");

        var enrolment = await province.EnrolAsync(course, leader, Ended.AddDays(-12));
        var passed = await province.RecordResultAsync(enrolment, 36, "PASSED");

        passed.Data("recordUniversityEnrolmentResult").Text("result").Should().Be("PASSED");
        (await Eventually.ValueAsync(() => province.TrainingKindsAsync(leader), kinds => kinds.Count > 0)).Should().Equal("INTERNATIONAL_ENVIRONMENT");
        await Eventually.ValueAsync(async () => (await province.Host.OutboxTypesAsync("University", pendingOnly: true)).Count, pending => pending == 0);
        (await province.TrainingKindsAsync(leader)).Should().HaveCount(1, "the pass is reported once");
        (await InNumeratorOfT1Async()).Should().Contain(leader);
    }

    [Fact]
    public async Task A_pass_is_final()
    {
        var course = await province.OfferCourseAsync("Tiếng Anh giao tiếp cho cán bộ", "FOREIGN_LANGUAGE", Ended.AddDays(-30), Ended);
        var enrolment = await province.EnrolAsync(course, province.People[1], Ended.AddDays(-31));
        (await province.RecordResultAsync(enrolment, 40, "PASSED")).Data("recordUniversityEnrolmentResult");

        var changed = await province.RecordResultAsync(enrolment, 10, "FAILED");

        changed.FirstError().Code.Should().Be("CONFLICT");
        (await Eventually.ValueAsync(() => province.TrainingKindsAsync(province.People[1]), kinds => kinds.Count > 0)).Should().Equal("FOREIGN_LANGUAGE");
    }

    [Fact]
    public async Task A_result_waits_for_the_end_of_the_course_and_a_pass_needs_four_fifths_of_the_hours()
    {
        var running = await province.OfferCourseAsync("Quản lý nhà nước", "MANAGEMENT", UniversityHost.Today.AddDays(-3), UniversityHost.Today.AddDays(10));
        var ended = await province.OfferCourseAsync("Cập nhật kiến thức pháp luật", "KNOWLEDGE_UPDATE", Ended.AddDays(-5), Ended, hours: 40);
        var early = await province.EnrolAsync(running, province.People[2], UniversityHost.Today.AddDays(-3));
        var absent = await province.EnrolAsync(ended, province.People[2], Ended.AddDays(-5));

        (await province.RecordResultAsync(early, 10, "PASSED")).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "result");
        (await province.RecordResultAsync(absent, 31, "PASSED")).FirstError().Should()
            .Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "attendedHours" && e.Message!.Contains("32"));
        (await province.RecordResultAsync(absent, 31, "FAILED")).Data("recordUniversityEnrolmentResult").Text("result").Should().Be("FAILED");
        (await province.TrainingKindsAsync(province.People[2])).Should().BeEmpty("nobody passed");
    }

    [Fact]
    public async Task A_person_enrols_on_a_course_once_and_the_course_lists_its_learners()
    {
        var course = await province.OfferCourseAsync("Bồi dưỡng lý luận chính trị", "POLITICAL_THEORY", Ended.AddDays(-5), Ended);
        await province.EnrolAsync(course, province.People[3], Ended.AddDays(-6));

        var again = await province.GraphQLAsync("mutation($input: UniversityEnrolmentInput!) { enrolUniversityCourseLearner(input: $input) { id } }",
            new { input = new { courseId = course, personId = province.People[3], enrolledOn = UniversityHost.Day(Ended.AddDays(-6)) } }, province.Editor);

        again.FirstError().Code.Should().Be("CONFLICT");
        var listed = (await province.GraphQLAsync("{ universityCourses(filter: { search: \"ly luan chinh tri\" }) { totalCount nodes { kind enrolments { person { fullName } result } } } }",
            token: province.RegistryEditor)).Data("universityCourses");
        listed.GetProperty("totalCount").GetInt32().Should().Be(1);
        var learner = listed.GetProperty("nodes")[0].GetProperty("enrolments")[0];
        learner.GetProperty("person").Text("fullName").Should().Be("Lò Thị Mai");
        learner.Text("result").Should().Be("ENROLLED");
        var onPerson = (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { universityEnrolments { course { title } } } }",
            new { id = province.People[3] }, province.RegistryEditor)).Data("intellectual");
        onPerson.GetProperty("universityEnrolments")[0].GetProperty("course").Text("title").Should().Be("Bồi dưỡng lý luận chính trị");
    }

    [Fact]
    public async Task Another_departments_editor_may_read_but_not_offer_enrol_or_grade()
    {
        var health = province.EditorOf("Health");
        var course = await province.OfferCourseAsync("Tin học văn phòng", "PROFESSIONAL", Ended.AddDays(-5), Ended);
        var enrolment = await province.EnrolAsync(course, province.People[4], Ended.AddDays(-6));

        var offer = await province.GraphQLAsync("mutation { offerUniversityCourse(input: { title: \"Khóa khác\", kind: MANAGEMENT, hours: 8, startDate: \"2026-01-05\", endDate: \"2026-01-06\" }) { id } }",
            token: health);
        var enrol = await province.GraphQLAsync("mutation($input: UniversityEnrolmentInput!) { enrolUniversityCourseLearner(input: $input) { id } }",
            new { input = new { courseId = course, personId = province.People[0] } }, health);
        var grade = await province.RecordResultAsync(enrolment, 40, "PASSED", health);

        offer.FirstError().Code.Should().Be("FORBIDDEN");
        enrol.FirstError().Code.Should().Be("FORBIDDEN");
        grade.FirstError().Code.Should().Be("FORBIDDEN");
        (await province.GraphQLAsync("{ universityCourses { totalCount } }", token: health)).Data("universityCourses").GetProperty("totalCount").GetInt32()
            .Should().BeGreaterThan(0, "every editor reads records");
        (await province.TrainingKindsAsync(province.People[4])).Should().BeEmpty();
    }

    [Fact]
    public async Task A_course_needs_a_title_hours_and_an_end_not_before_its_start()
    {
        var bad = await province.GraphQLAsync("mutation { offerUniversityCourse(input: { title: \"Khóa A\", kind: MANAGEMENT, hours: 8, startDate: \"2026-03-05\", endDate: \"2026-03-01\" }) { id } }",
            token: province.Editor);
        var noHours = await province.GraphQLAsync("mutation { offerUniversityCourse(input: { title: \"Khóa B\", kind: MANAGEMENT, hours: 0, startDate: \"2026-03-01\", endDate: \"2026-03-05\" }) { id } }",
            token: province.Editor);

        bad.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "endDate");
        noHours.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "hours");
    }

    private async Task<List<Guid>> InNumeratorOfT1Async() =>
        (await province.GraphQLAsync($"{{ indicator(code: \"T1\") {{ subjects(at: \"{UniversityHost.Day(UniversityHost.Today)}\", filter: {{ inNumerator: true }}) {{ items {{ id }} }} }} }}",
            token: province.Administrator))
            .Data("indicator").GetProperty("subjects").GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();
}
