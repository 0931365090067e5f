using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>The staff/contract and core-teacher flags of an assignment; the flag is checked against Article 12.1 of Circular 20/2018.</summary>
public sealed class TeachingAssignmentTermsTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string Record = "mutation($input: EducationTeachingAssignmentInput!) { recordEducationTeachingAssignment(input: $input) { id employment isCoreTeacher } }";
    private const string SetTerms = "mutation($id: ID!, $input: EducationTeachingAssignmentTermsInput!) { setEducationTeachingAssignmentTerms(id: $id, input: $input) { id employment isCoreTeacher } }";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The school year before this one: its principal's assessment is the latest a core teacher is chosen on.</summary>
    private static readonly int LastSchoolYear = (Today.Month >= 8 ? Today.Year : Today.Year - 1) - 1;

    [Fact]
    public async Task An_assignment_records_permanent_staff_or_contract_and_it_can_be_corrected()
    {
        var teacher = await province.CreatePersonAsync("Vàng Thị Dung", province.School);

        var recorded = (await RecordAsync(teacher, province.School, "2024-09-01", employment: "CONTRACT")).Data("recordEducationTeachingAssignment");
        var corrected = (await province.GraphQLAsync(SetTerms, new { id = recorded.Id(), input = new { employment = "PERMANENT_STAFF", isCoreTeacher = false } }, province.Editor))
            .Data("setEducationTeachingAssignmentTerms");
        var refused = await province.GraphQLAsync(SetTerms, new { id = recorded.Id(), input = new { employment = "CONTRACT", isCoreTeacher = false } }, province.RegistryEditor);

        recorded.Text("employment").Should().Be("CONTRACT");
        recorded.GetProperty("isCoreTeacher").GetBoolean().Should().BeFalse();
        corrected.Text("employment").Should().Be("PERMANENT_STAFF");
        refused.FirstError().Code.Should().Be("FORBIDDEN");
        (await EmploymentsAsync(teacher)).Should().Equal(["PERMANENT_STAFF"], "another department's editor changed nothing");
    }

    [Fact]
    public async Task A_core_teacher_has_five_years_at_the_level_and_a_Kha_or_better_assessment_with_Article_5_at_Tot()
    {
        var school = await SchoolAsync("Trường THCS Đồng Văn");
        var eligible = await TeacherAsync("Sùng Mí Pó", school, Today.AddYears(-7), "TTKKKKKKKKKDDDD");
        var tooRecent = await TeacherAsync("Ly Thị Chở", school, Today.AddYears(-3), "TTTTTTTTTTTTTTT");
        var criterionTwoAtKha = await TeacherAsync("Vừ Mí Sính", school, Today.AddYears(-9), "TKTTTTTTTTTTTTT");
        var unassessed = await province.CreatePersonAsync("Hầu Văn Già", school);

        var accepted = (await RecordAsync(eligible, school, Today.AddMonths(-1).ToString("yyyy-MM-dd"), isCoreTeacher: true)).Data("recordEducationTeachingAssignment");
        var fewYears = await RecordAsync(tooRecent, school, Today.AddMonths(-1).ToString("yyyy-MM-dd"), isCoreTeacher: true);
        var article5 = await RecordAsync(criterionTwoAtKha, school, Today.AddMonths(-1).ToString("yyyy-MM-dd"), isCoreTeacher: true);
        var noAssessment = await RecordAsync(unassessed, school, Today.AddYears(-10).ToString("yyyy-MM-dd"), isCoreTeacher: true);

        accepted.GetProperty("isCoreTeacher").GetBoolean().Should().BeTrue();
        fewYears.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "isCoreTeacher" && e.Message!.Contains("ít nhất 5 năm"));
        article5.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "isCoreTeacher" && e.Message!.Contains("tiêu chí 1, 2"));
        noAssessment.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "isCoreTeacher" && e.Message!.Contains("chưa có kết quả đánh giá"));
        (await EmploymentsAsync(unassessed)).Should().BeEmpty("a refused assignment is not saved");
        (await EmploymentsAsync(tooRecent)).Should().HaveCount(1, "only the first assignment, recorded without the flag, is kept");
    }

    [Fact]
    public async Task Setting_the_core_teacher_flag_later_is_checked_too_and_clearing_it_is_not()
    {
        var school = await SchoolAsync("Trường THCS Mèo Vạc");
        var teacher = await TeacherAsync("Giàng Thị Súa", school, Today.AddYears(-2), "TTTTTTTTTTTTTTT");
        var unprofiled = await province.CreateUnitAsync(province.NextCode("THCS"), "Trường THCS Sủng Là", "LOWER_SECONDARY_SCHOOL", province.EducationDepartment, "2000-01-01");
        var elsewhere = (await RecordAsync(teacher, unprofiled, Today.AddYears(-8).ToString("yyyy-MM-dd"))).Data("recordEducationTeachingAssignment").Id();
        var assignment = (await province.GraphQLAsync("query($p: ID!) { educationTeachingAssignments(filter: { personId: $p, unitId: null }) { nodes { id unitId } } }", new { p = teacher }, province.Editor))
            .Data("educationTeachingAssignments").GetProperty("nodes").EnumerateArray().Single(n => n.Text("unitId") == school.ToString()).Id();

        var tooFew = await province.GraphQLAsync(SetTerms, new { id = assignment, input = new { isCoreTeacher = true } }, province.Editor);
        var noProfile = await province.GraphQLAsync(SetTerms, new { id = elsewhere, input = new { isCoreTeacher = true } }, province.Editor);
        await RecordSchoolAsync(unprofiled);
        var nowEligible = (await province.GraphQLAsync(SetTerms, new { id = assignment, input = new { employment = "PERMANENT_STAFF", isCoreTeacher = true } }, province.Editor))
            .Data("setEducationTeachingAssignmentTerms");
        var cleared = (await province.GraphQLAsync(SetTerms, new { id = assignment, input = new { isCoreTeacher = false } }, province.Editor)).Data("setEducationTeachingAssignmentTerms");

        tooFew.FirstError().Field.Should().Be("isCoreTeacher");
        noProfile.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Field == "isCoreTeacher" && e.Message!.Contains("hồ sơ trường"));
        nowEligible.GetProperty("isCoreTeacher").GetBoolean().Should().BeTrue("once the other school is profiled at the same level, its eight years count");
        cleared.GetProperty("isCoreTeacher").GetBoolean().Should().BeFalse();
    }

    private async Task<Guid> SchoolAsync(string name)
    {
        var school = await province.CreateUnitAsync(province.NextCode("THCS"), name, "LOWER_SECONDARY_SCHOOL", province.EducationDepartment, "2000-01-01");
        await RecordSchoolAsync(school);
        return school;
    }

    private async Task RecordSchoolAsync(Guid school) =>
        (await province.GraphQLAsync("mutation($input: EducationSchoolInput!) { recordEducationSchool(input: $input) { id } }",
            new { input = new { unitId = school, level = "LOWER_SECONDARY", isPublic = true } }, province.Editor)).Data("recordEducationSchool");

    private async Task<Guid> TeacherAsync(string name, Guid school, DateOnly since, string finalRatings)
    {
        var teacher = await province.CreatePersonAsync(name, school);
        (await RecordAsync(teacher, school, since.ToString("yyyy-MM-dd"))).Data("recordEducationTeachingAssignment");
        foreach (var mutation in new[] { "recordEducationSelfAssessment", "recordEducationPrincipalAssessment" })
        {
            (await province.GraphQLAsync($"mutation($input: EducationStandardAssessmentInput!) {{ {mutation}(input: $input) {{ id }} }}",
                new { input = new { personId = teacher, unitId = school, schoolYear = LastSchoolYear, ratings = Ratings(finalRatings) } }, province.Editor)).Data(mutation);
        }

        return teacher;
    }

    private Task<JsonElement> RecordAsync(Guid person, Guid unit, string startedOn, string? employment = null, bool isCoreTeacher = false) =>
        province.GraphQLAsync(Record, new { input = new { personId = person, unitId = unit, title = "Toán", startedOn, employment, isCoreTeacher } }, province.Editor);

    private async Task<List<string?>> EmploymentsAsync(Guid person) =>
        [.. (await province.GraphQLAsync("query($p: ID!) { educationTeachingAssignments(filter: { personId: $p }) { nodes { employment } } }", new { p = person }, province.Editor))
            .Data("educationTeachingAssignments").GetProperty("nodes").EnumerateArray().Select(n => n.Text("employment"))];

    /// <summary>T Tốt, K Khá, D Đạt, N Chưa đạt, one letter a criterion.</summary>
    private static string[] Ratings(string letters) =>
        [.. letters.Select(l => l switch { 'T' => "EXCELLENT", 'K' => "GOOD", 'D' => "MET", _ => "NOT_MET" })];
}
