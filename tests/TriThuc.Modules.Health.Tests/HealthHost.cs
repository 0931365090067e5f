using System.Net;
using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

/// <summary>
/// The shared small province (<see cref="ProvinceHost"/>) with the Health module loaded beside the Registry, and the
/// Department of Health's profiles of its hospital and of the commune health station (in the commune classed region
/// III until 2025, region II from 2026).
/// </summary>
public sealed class HealthHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Health"];

    public string Editor => EditorOf("Health");

    /// <summary>A Health editor who may also read personal data.</summary>
    public string PersonalDataEditor => Host.Token(Roles.Editor, "Health", Permissions.PersonalDataRead);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public Guid HospitalFacility { get; private set; }

    public Guid StationFacility { get; private set; }

    protected override async Task SeedAsync()
    {
        HospitalFacility = await RecordFacilityAsync(Hospital, "PROVINCIAL_HOSPITAL", 500, hasDoctorPost: true, commune: null);
        StationFacility = await RecordFacilityAsync(HealthStation, "COMMUNE_HEALTH_STATION", 5, hasDoctorPost: true, commune: Commune);
    }

    public async Task<Guid> RecordFacilityAsync(Guid unit, string level, int beds, bool hasDoctorPost, Guid? commune) =>
        (await GraphQLAsync("mutation($input: HealthFacilityInput!) { recordHealthFacility(input: $input) { id } }",
            new { input = new { unitId = unit, level, beds, hasDoctorPost, communeId = commune } }, Editor)).Data("recordHealthFacility").Id();

    public Task<JsonElement> IssueRawAsync(Guid holder, string number, string title, DateOnly issuedOn, string? token = null) =>
        GraphQLAsync("mutation($input: HealthLicenceInput!) { issueHealthLicence(input: $input) { id number expiresOn status } }", new
        {
            input = new { holderId = holder, number, title, scope = "Khám bệnh, chữa bệnh đa khoa", issuer = "Sở Y tế tỉnh Tuyên Quang", issuedOn = Day(issuedOn) },
        }, token ?? Editor);

    public async Task<Guid> IssueAsync(Guid holder, string title, DateOnly issuedOn) =>
        (await IssueRawAsync(holder, NextCode("GPHN"), title, issuedOn)).Data("issueHealthLicence").Id();

    public Task<JsonElement> DecideAsync(string mutation, Guid licence, DateOnly on, string reason = "Vi phạm quy chế chuyên môn", string? token = null) =>
        GraphQLAsync($"mutation($id: ID!, $input: HealthLicenceDecisionInput!) {{ {mutation}(id: $id, input: $input) {{ id status }} }}",
            new { id = licence, input = new { number = NextCode("QĐ"), decidedOn = Day(on), reason } }, token ?? Editor);

    public async Task<string?> StatusAsync(Guid licence, DateOnly on) =>
        (await GraphQLAsync("query($id: ID!, $on: DateOnly) { healthLicence(id: $id) { status(on: $on) } }", new { id = licence, on = Day(on) }, Editor))
            .Data("healthLicence").GetProperty("status").GetString();

    public Task<JsonElement> RecordCmeRawAsync(Guid person, int hours, DateOnly? completedOn, string? certificate = null, string title = "Cập nhật hồi sức cấp cứu", string? token = null) =>
        GraphQLAsync("mutation($input: HealthCmeActivityInput!) { recordHealthCmeActivity(input: $input) { id completedOn certificate } }", new
        {
            input = new
            {
                personId = person, title, provider = "Bệnh viện Bạch Mai", form = "COURSE",
                startedOn = Day((completedOn ?? Today).AddDays(-5)), completedOn = completedOn is { } done ? Day(done) : null, hours, certificate,
            },
        }, token ?? Editor);

    public async Task<Guid> RecordCmeAsync(Guid person, int hours, DateOnly? completedOn, string? certificate = null, string title = "Cập nhật hồi sức cấp cứu") =>
        (await RecordCmeRawAsync(person, hours, completedOn, certificate, title)).Data("recordHealthCmeActivity").Id();

    /// <summary>The titles of a person's trainings in the Registry, of the kind T4 counts.</summary>
    public async Task<List<string?>> KnowledgeUpdatesAsync(Guid person) =>
        (await GraphQLAsync("query($id: ID!) { intellectual(id: $id) { trainings { kind title } } }", new { id = person }, Administrator))
            .Data("intellectual").GetProperty("trainings").EnumerateArray()
            .Where(t => t.Text("kind") == "KNOWLEDGE_UPDATE").Select(t => t.Text("title")).ToList();

    public const string LicenceHeader = "Mã trí thức,Số giấy phép,Chức danh,Phạm vi hành nghề,Nơi cấp,Ngày cấp";

    public const string CmeHeader = "Mã trí thức,Tên hoạt động,Cơ sở đào tạo,Hình thức,Từ ngày,Ngày hoàn thành,Số giờ,Số chứng chỉ";

    public async Task<int> LicenceCountAsync(string number) =>
        (await GraphQLAsync("query($n: String) { healthLicences(filter: { number: $n }) { totalCount } }", new { n = number }, Editor))
            .Data("healthLicences").GetProperty("totalCount").GetInt32();

    /// <summary>Posts <paramref name="csv"/> to the module's import of <paramref name="kind"/>; the status and the report.</summary>
    public Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string kind, string csv, bool dryRun, string? token = null) =>
        Host.ImportCsvAsync("health", kind, csv, dryRun, token ?? Editor);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");
}
