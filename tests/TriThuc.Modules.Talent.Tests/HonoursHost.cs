using System.Net;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>
/// The shared small province with Talent and Science loaded: the honours round's selection council is scored by
/// Science's council rules, which Talent reaches only through SharedKernel's <c>ICouncilRules</c> contract.
/// </summary>
public sealed class HonoursHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Talent", "Science"];

    public string Editor => EditorOf("Talent");

    public string PersonalDataEditor => Host.Token(TriThuc.SharedKernel.Security.Roles.Editor, "Talent", "personal-data:read");

    /// <summary>Five council members outside the hospital, the school and the health station (the nominating units of the tests).</summary>
    public IReadOnlyList<Guid> Jurors { get; private set; } = [];

    private int _year = 2026;

    protected override async Task SeedAsync() => Jurors =
    [
        await CreatePersonAsync("GS. Đỗ Văn Chính", UniversityBranch),
        await CreatePersonAsync("PGS. Ngô Thị Thu", UniversityBranch, gender: "FEMALE"),
        await CreatePersonAsync("TS. Vương Minh Tâm", UniversityBranch),
        await CreatePersonAsync("TS. Đinh Thị Yến", HomeAffairsDepartment, gender: "FEMALE"),
        await CreatePersonAsync("ThS. Bùi Quốc Việt", HomeAffairsDepartment),
    ];

    /// <summary>A year no other test of this host has used for a round (one round per year).</summary>
    public int NextYear() => Interlocked.Decrement(ref _year) + 1;

    /// <summary>A round whose window opens a minute ago and closes in <paramref name="closesInMinutes"/> minutes on the host's clock.</summary>
    public async Task<JsonElement> CreateRoundAsync(int year, object[] quotas, int minimumYears = 10, int opensInMinutes = -1, int closesInMinutes = 10, string? token = null) =>
        await GraphQLAsync("mutation($input: TalentHonourRoundInput!) { createTalentHonourRound(input: $input) { id year title } }", new
        {
            input = new
            {
                year, title = $"Trí thức tiêu biểu tỉnh Tuyên Quang năm {year}", minimumYearsOfWork = minimumYears,
                requiredAchievements = "Có công trình, sáng kiến được ứng dụng hiệu quả tại địa phương.",
                opensAt = Clock.GetUtcNow().AddMinutes(opensInMinutes), closesAt = Clock.GetUtcNow().AddMinutes(closesInMinutes), quotas,
            },
        }, token ?? Editor);

    public static object Quota(Guid unitId, int quota) => new { unitId, quota };

    public static object Achievement(string title, int year, string kind = "SCIENCE_PROJECT") => new { title, year, kind };

    public const string NominationFields = "id status failedCriteria yearsOfWork nominee { id } achievements { title year kind }";

    public Task<JsonElement> NominateAsync(Guid round, Guid person, Guid unit, object[] achievements, string? token = null) =>
        GraphQLAsync($"mutation($input: TalentHonourNominationInput!) {{ nominateTalentHonour(input: $input) {{ {NominationFields} }} }}", new
        {
            input = new
            {
                roundId = round, intellectualId = person, nominatingUnitId = unit, achievements,
                evidence = new[] { new { fileName = "bao-cao-thanh-tich.pdf", sha256 = new string('a', 64), description = "Báo cáo thành tích có xác nhận của đơn vị" } },
            },
        }, token ?? Editor);

    public async Task QualifyAsync(Guid person, int year) =>
        (await GraphQLAsync("mutation($id: ID!, $input: QualificationInput!) { addQualification(intellectualId: $id, input: $input) { id } }",
            new { id = person, input = new { degree = "BACHELOR", field = "Chuyên ngành", year } }, Administrator)).Data("addQualification");

    /// <summary>Seats <paramref name="people"/> on the round's council, the first as chair unless told otherwise; returns the seat ids in that order.</summary>
    public async Task<List<Guid>> SeatAsync(Guid round, IEnumerable<Guid> people, bool firstIsChair = true)
    {
        var seats = new List<Guid>();
        var first = firstIsChair;
        foreach (var person in people)
        {
            var seated = (await GraphQLAsync(
                "mutation($r: ID!, $input: TalentHonourCouncilSeatInput!) { addTalentHonourCouncilMember(roundId: $r, input: $input) { councilSeats { id member { id } } } }",
                new { r = round, input = new { intellectualId = person, role = first ? "CHAIR" : "MEMBER" } }, Editor)).Data("addTalentHonourCouncilMember");
            seats.Add(seated.GetProperty("councilSeats").EnumerateArray().Single(s => s.GetProperty("member").Id() == person).Id());
            first = false;
        }

        return seats;
    }

    public Task<JsonElement> ScoreAsync(Guid nomination, Guid seat, int score) =>
        GraphQLAsync("mutation($n: ID!, $s: ID!, $score: Int!) { scoreTalentHonourNomination(nominationId: $n, seatId: $s, score: $score) { id council { outcome members scored excludedSeatIds averageScore } } }",
            new { n = nomination, s = seat, score }, Editor);

    public Task<JsonElement> DecideAsync(Guid round, string? token = null) =>
        GraphQLAsync($"mutation($r: ID!, $input: TalentHonourDecisionInput!) {{ decideTalentHonourRound(roundId: $r, input: $input) {{ id decisionNumber nominations {{ {NominationFields} }} }} }}",
            new { r = round, input = new { number = "1234/QĐ-UBND", decidedOn = Clock.GetUtcNow().ToString("yyyy-MM-dd"), awardedBy = "Ủy ban nhân dân tỉnh Tuyên Quang" } },
            token ?? Editor);

    public async Task<List<(int Year, string? Title)>> HonoursOfAsync(Guid person) =>
        (await GraphQLAsync("query($id: ID!) { intellectual(id: $id) { honours { year title } } }", new { id = person }, Administrator))
            .Data("intellectual").GetProperty("honours").EnumerateArray().Select(h => (h.GetProperty("year").GetInt32(), h.Text("title"))).ToList();

    /// <summary>Posts <paramref name="csv"/> to the module's import of <paramref name="kind"/>; the status and the report.</summary>
    public Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string kind, string csv, bool dryRun) =>
        Host.ImportCsvAsync("talent", kind, csv, dryRun, Editor);
}
