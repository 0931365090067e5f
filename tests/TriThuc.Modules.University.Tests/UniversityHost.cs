using System.Net;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

/// <summary>The shared small province (<see cref="ProvinceHost"/>) with the University module loaded beside the Registry.</summary>
public sealed class UniversityHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["University"];

    public string Editor => EditorOf("University");

    /// <summary>A University editor who may also read personal data (a lecturer's assessment is one).</summary>
    public string PersonalDataEditor => Host.Token(TriThuc.SharedKernel.Security.Roles.Editor, "University", TriThuc.SharedKernel.Security.Permissions.PersonalDataRead);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    public async Task<Guid> OfferCourseAsync(string title, string kind, DateOnly start, DateOnly end, int hours = 40) =>
        (await GraphQLAsync("mutation($input: UniversityCourseInput!) { offerUniversityCourse(input: $input) { id } }",
            new { input = new { title, kind, hours, startDate = Day(start), endDate = Day(end) } }, Editor)).Data("offerUniversityCourse").Id();

    public async Task<Guid> EnrolAsync(Guid course, Guid person, DateOnly? on = null) =>
        (await GraphQLAsync("mutation($input: UniversityEnrolmentInput!) { enrolUniversityCourseLearner(input: $input) { id } }",
            new { input = new { courseId = course, personId = person, enrolledOn = on is { } day ? Day(day) : null } }, Editor)).Data("enrolUniversityCourseLearner").Id();

    public Task<JsonElement> RecordResultAsync(Guid enrolment, int attendedHours, string result, string? token = null) =>
        GraphQLAsync("mutation($input: UniversityEnrolmentResultInput!) { recordUniversityEnrolmentResult(input: $input) { id result } }",
            new { input = new { enrolmentId = enrolment, attendedHours, result } }, token ?? Editor);

    public Task<JsonElement> RecordAgreementAsync(object input, string? token = null) =>
        GraphQLAsync("mutation($input: UniversityCooperationAgreementInput!) { recordUniversityCooperationAgreement(input: $input) { id partner country origin validFrom validTo } }",
            new { input }, token ?? Editor);

    /// <summary>An agreement of the branch with <paramref name="partner"/>, in force from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<Guid> AgreementAsync(string partner, string origin, string? country, DateOnly from, DateOnly? to) =>
        (await RecordAgreementAsync(new
        {
            partner, origin, country, type = "MEMORANDUM_OF_UNDERSTANDING", scope = "Trao đổi giảng viên, nghiên cứu chung",
            signedOn = Day(from), validFrom = Day(from), validTo = to is { } end ? Day(end) : null, responsibleUnitId = UniversityBranch,
        })).Data("recordUniversityCooperationAgreement").Id();

    public Task<JsonElement> RecordActivityAsync(Guid agreement, string kind, DateOnly start, DateOnly? end = null, Guid[]? participants = null, string? token = null) =>
        GraphQLAsync("mutation($input: UniversityCooperationActivityInput!) { recordUniversityCooperationActivity(input: $input) { id kind participants { fullName } } }",
            new { input = new { agreementId = agreement, kind, title = $"Hoạt động {kind} {Day(start)}", startDate = Day(start), endDate = end is { } e ? Day(e) : null, participantIds = participants } },
            token ?? Editor);

    public Task<JsonElement> RecordWorkloadAsync(object input, string? token = null) =>
        GraphQLAsync("""
            mutation($input: UniversityLecturerWorkloadInput!) { recordUniversityLecturerWorkload(input: $input) {
              id academicYear workingHours assessment { qualifyingOutputs teachingNormMet researchShareMet minimumOutputMet exempt meetsObligations shortfalls } } }
            """, new { input }, token ?? PersonalDataEditor);

    /// <summary>An output of <paramref name="kind"/> in <paramref name="year"/> with <paramref name="author"/> as its corresponding author.</summary>
    public async Task<Guid> OutputAsync(Guid author, string kind, int year, string? title = null) =>
        (await GraphQLAsync("mutation($input: UniversityResearchOutputInput!) { recordUniversityResearchOutput(input: $input) { id } }", new
        {
            input = new
            {
                title = title ?? NextCode("Công trình"), kind, year, issn = kind is "JOURNAL_ARTICLE" or "INDEXED_ARTICLE" ? "0317-8471" : null,
                authors = new[] { new { personId = author, isCorresponding = true } },
            },
        }, Editor)).Data("recordUniversityResearchOutput").Id();

    /// <summary>A new person holding a department-level leadership post since 2024 (a leader for T1–T3).</summary>
    public async Task<Guid> CreateLeaderAsync(string fullName, Guid unit, string dateOfBirth = "1980-05-01")
    {
        var person = await CreatePersonAsync(fullName, unit, dateOfBirth: dateOfBirth);
        (await GraphQLAsync("mutation($id: ID!, $input: LeadershipPositionInput!) { addLeadershipPosition(intellectualId: $id, input: $input) { id } }",
            new { id = person, input = new { title = "Phó Giám đốc Sở", level = "DEPARTMENT", unitId = unit, startDate = "2024-01-01" } }, Administrator))
            .Data("addLeadershipPosition");
        return person;
    }

    public async Task<List<string?>> TrainingKindsAsync(Guid person) =>
        (await GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { kind } } }", new { id = person }, Administrator))
            .Data("intellectual").GetProperty("trainings").EnumerateArray().Select(t => t.Text("kind")).ToList();

    /// <summary>Posts <paramref name="csv"/> to the module's import of <paramref name="kind"/>; the status and the report.</summary>
    public Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string kind, string csv, bool dryRun, string? token = null) =>
        Host.ImportCsvAsync("university", kind, csv, dryRun, token ?? Editor);
}
