using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

public sealed class StandardAssessmentTests(EducationHost province) : IClassFixture<EducationHost>
{
    private const string Self = "mutation($input: EducationStandardAssessmentInput!) { recordEducationSelfAssessment(input: $input) { id } }";
    private const string Principal = "mutation($input: EducationStandardAssessmentInput!) { recordEducationPrincipalAssessment(input: $input) { id finalisedOn } }";

    [Fact]
    public async Task The_principals_rating_gives_the_overall_level_and_ratings_are_read_only_with_permission_and_logged()
    {
        var teacher = await province.CreatePersonAsync("Vàng Thị Dung", province.School, gender: "FEMALE", ethnicGroup: "13");
        var id = (await RateAsync(Self, teacher, 2025, "KKKKKKKKKKKKKKK")).Data("recordEducationSelfAssessment").Id();
        (await RateAsync(Principal, teacher, 2025, "TTTTTTTTTTKKKKK")).Data("recordEducationPrincipalAssessment").Id().Should().Be(id);
        const string Query = "query($id: ID!) { intellectual(id: $id) { educationStandardAssessments { id schoolYear selfLevel overallLevel finalRatings } } }";

        var refused = await province.GraphQLAsync(Query, new { id = teacher }, province.Editor);
        var read = (await province.GraphQLAsync(Query, new { id = teacher }, province.PersonalDataEditor))
            .Data("intellectual").GetProperty("educationStandardAssessments").EnumerateArray().Single();

        refused.FirstError().Code.Should().Be("FORBIDDEN");
        read.GetProperty("schoolYear").GetInt32().Should().Be(2025);
        read.Text("selfLevel").Should().Be("GOOD");
        read.Text("overallLevel").Should().Be("EXCELLENT", "ten criteria at Tốt, criteria 1 and 2 among them, the rest Khá");
        read.GetProperty("finalRatings").EnumerateArray().Count().Should().Be(15);
        var log = (await province.GraphQLAsync("query($id: ID) { sensitiveDataReads(filter: { recordId: $id }) { edges { node { recordType fields } } } }",
            new { id }, province.Administrator)).Data("sensitiveDataReads").GetProperty("edges").EnumerateArray().Single().GetProperty("node");
        log.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).Should().BeEquivalentTo("finalRatings", "overallLevel", "selfLevel");
    }

    [Fact]
    public async Task One_assessment_per_teacher_per_school_year_corrected_by_the_teacher_until_the_principal_rates()
    {
        var teacher = await province.CreatePersonAsync("Đặng Văn Khải", province.School);
        var first = (await RateAsync(Self, teacher, 2024, "DDDDDDDDDDDDDDD")).Data("recordEducationSelfAssessment").Id();

        var corrected = (await RateAsync(Self, teacher, 2024, "KKKKKKKKKKDDDDD")).Data("recordEducationSelfAssessment").Id();
        var nextYear = (await RateAsync(Self, teacher, 2025, "KKKKKKKKKKDDDDD")).Data("recordEducationSelfAssessment").Id();
        (await RateAsync(Principal, teacher, 2024, "KKKKKKKKKKDDDDD")).Data("recordEducationPrincipalAssessment");
        var afterPrincipal = await RateAsync(Self, teacher, 2024, "TTTTTTTTTTTTTTT");
        var twice = await RateAsync(Principal, teacher, 2024, "TTTTTTTTTTTTTTT");

        corrected.Should().Be(first);
        nextYear.Should().NotBe(first);
        afterPrincipal.FirstError().Code.Should().Be("CONFLICT");
        twice.FirstError().Code.Should().Be("CONFLICT");
    }

    [Fact]
    public async Task The_principal_rates_after_the_teacher_fifteen_criteria_in_a_school_year_under_the_circular()
    {
        var teacher = await province.CreatePersonAsync("Ma Thị Hằng", province.School, gender: "FEMALE", ethnicGroup: "02");

        var principalFirst = await RateAsync(Principal, teacher, 2025, "TTTTTTTTTTTTTTT");
        var fourteen = await RateAsync(Self, teacher, 2025, "TTTTTTTTTTTTTT");
        var beforeTheCircular = await RateAsync(Self, teacher, 2017, "TTTTTTTTTTTTTTT");

        principalFirst.FirstError().Code.Should().Be("CONFLICT");
        principalFirst.FirstError().Message.Should().Contain("chưa tự đánh giá");
        fourteen.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "ratings");
        beforeTheCircular.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "schoolYear");
    }

    [Fact]
    public async Task Another_departments_editor_may_not_rate()
    {
        var refused = await RateAsync(Self, province.People[4], 2025, "TTTTTTTTTTTTTTT", province.RegistryEditor);

        refused.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task Core_teacher_candidates_have_five_years_at_the_level_and_Kha_or_better_with_Article_5_at_Tot()
    {
        var school = await province.CreateUnitAsync(province.NextCode("THPT"), "Trường THPT Yên Minh", "UPPER_SECONDARY_SCHOOL", province.EducationDepartment, "2000-01-01");
        (await province.GraphQLAsync("mutation($input: EducationSchoolInput!) { recordEducationSchool(input: $input) { id } }",
            new { input = new { unitId = school, level = "UPPER_SECONDARY", isPublic = true } }, province.Editor)).Data("recordEducationSchool");
        var eligible = await TeacherAsync("Nông Văn Toàn", school, "2019-09-01", "TTKKKKKKKKKDDDD");
        var tooRecent = await TeacherAsync("Lục Thị Vân", school, "2023-09-01", "TTTTTTTTTTTTTTT");
        var criterionTwoAtKha = await TeacherAsync("Hà Văn Sơn", school, "2015-09-01", "TKTTTTTTTTTTTTT");
        const string Query = "query($unit: ID) { educationCoreTeacherCandidates(schoolYear: 2025, on: \"2026-05-01\", unitId: $unit) { person { id } level yearsAtLevel } }";

        var refused = await province.GraphQLAsync(Query, new { unit = school }, province.Editor);
        var candidates = (await province.GraphQLAsync(Query, new { unit = school }, province.PersonalDataEditor)).Data("educationCoreTeacherCandidates").EnumerateArray().ToList();

        refused.FirstError().Code.Should().Be("FORBIDDEN");
        candidates.Select(c => c.GetProperty("person").Id()).Should().Equal([eligible], "three years at the level are too few, and criterion 2 at Khá fails Article 5")
            .And.NotContain([tooRecent, criterionTwoAtKha]);
        candidates.Single().Text("level").Should().Be("UPPER_SECONDARY");
        candidates.Single().GetProperty("yearsAtLevel").GetDecimal().Should().BeApproximately(6.7m, 0.1m);
    }

    private async Task<Guid> TeacherAsync(string name, Guid school, string since, string finalRatings)
    {
        var teacher = await province.CreatePersonAsync(name, school);
        (await province.GraphQLAsync("mutation($input: EducationTeachingAssignmentInput!) { recordEducationTeachingAssignment(input: $input) { id } }",
            new { input = new { personId = teacher, unitId = school, title = "Toán", startedOn = since } }, province.Editor)).Data("recordEducationTeachingAssignment");
        (await RateAsync(Self, teacher, 2025, finalRatings, unit: school)).Data("recordEducationSelfAssessment");
        (await RateAsync(Principal, teacher, 2025, finalRatings, unit: school)).Data("recordEducationPrincipalAssessment");
        return teacher;
    }

    private Task<JsonElement> RateAsync(string mutation, Guid teacher, int schoolYear, string ratings, string? token = null, Guid? unit = null) =>
        province.GraphQLAsync(mutation, new { input = new { personId = teacher, unitId = unit ?? province.School, schoolYear, ratings = Ratings(ratings) } }, token ?? province.Editor);

    /// <summary>T Tốt, K Khá, D Đạt, N Chưa đạt, one letter a criterion.</summary>
    private static string[] Ratings(string letters) =>
        [.. letters.Select(l => l switch { 'T' => "EXCELLENT", 'K' => "GOOD", 'D' => "MET", _ => "NOT_MET" })];
}
