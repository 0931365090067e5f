using System.Net;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>The shared small province (<see cref="ProvinceHost"/>) with the Talent module loaded beside the Registry.</summary>
public sealed class TalentHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Talent"];

    public string Editor => EditorOf("Talent");

    /// <summary>A Home-affairs editor allowed to read personal data (benefit amounts, reasons).</summary>
    public string PersonalDataEditor => Host.Token(TriThuc.SharedKernel.Security.Roles.Editor, "Talent", "personal-data:read");

    /// <summary>The base salary from 1 July 2024 (Decree 73/2024/NĐ-CP) and a later one, for the tests that need amounts.</summary>
    protected override async Task SeedAsync()
    {
        await SetParameterAsync("BASE_SALARY", 2_340_000m, "2024-07-01", "Nghị định 73/2024/NĐ-CP");
        await SetParameterAsync("BASE_SALARY", 2_530_000m, "2026-07-01", "Nghị định (giả định) 2026");
    }

    public async Task<JsonElement> SetParameterAsync(string kind, decimal value, string effectiveFrom, string instrument, string? token = null) =>
        await GraphQLAsync("mutation($input: TalentLegalParameterInput!) { setTalentLegalParameter(input: $input) { id value } }",
            new { input = new { kind, value, effectiveFrom, instrument } }, token ?? Editor);

    public static object Version(
        string effectiveFrom = "2025-01-01", string signedOn = "2024-12-10", string number = "15/2024/NQ-HĐND", string minimumDegree = "MASTER", string[]? fields = null,
        int? maximumAge = 35, long? oneOffAmount = null, decimal? oneOffMonths = 20m, int commitmentYears = 5, string refundRule = "PRO_RATA_TIME_LEFT",
        bool remoteOnly = false) => new
    {
        effectiveFrom, instrumentKind = "PEOPLES_COUNCIL_RESOLUTION", instrumentNumber = number, instrumentSignedOn = signedOn,
        issuer = "Hội đồng nhân dân tỉnh Tuyên Quang", minimumDegree, fieldCodes = fields ?? ["health", "education"], maximumAge,
        extremelyDifficultAreasOnly = remoteOnly, oneOffAmount, oneOffBaseSalaryMonths = oneOffMonths, monthlyShare = 0.5m, monthlyBase = "BASE_SALARY",
        housing = true, commitmentYears, refundRule,
    };

    public async Task<JsonElement> CreatePolicyAsync(object version, string? exclusionGroup = null, string? title = null, string? token = null) =>
        await GraphQLAsync(
            "mutation($input: TalentAttractionPolicyInput!) { createTalentAttractionPolicy(input: $input) { id code versions { instrumentNumber effectiveFrom effectiveTo } } }",
            new { input = new { code = NextCode("CS"), title = title ?? "Thu hút bác sĩ, giáo viên có trình độ sau đại học", exclusionGroup, version } }, token ?? Editor);

    public async Task AddQualificationAsync(Guid person, string degree, int year) =>
        (await GraphQLAsync("mutation($id: ID!, $input: QualificationInput!) { addQualification(intellectualId: $id, input: $input) { id } }",
            new { id = person, input = new { degree, field = "Chuyên ngành", year } }, Administrator)).Data("addQualification");

    /// <summary>A person with an academic title, which <see cref="ProvinceHost.CreatePersonAsync"/> does not set.</summary>
    public async Task<Guid> CreateTitledPersonAsync(string fullName, Guid unit, string academicTitle, int academicTitleYear, string field = "education") =>
        (await GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new
            {
                fullName, gender = "MALE", dateOfBirth = "1970-02-02", ethnicGroupCode = "01", unitId = unit, fieldCode = field, isPublicSector = true,
                academicTitle, academicTitleYear,
            },
        }, Administrator)).Data("createIntellectual").Id();

    public async Task<Guid> CreatePlanAsync(string fromYear = "2026", string toYear = "2030", string? token = null) =>
        (await GraphQLAsync("mutation($input: TalentWorkforcePlanInput!) { createTalentWorkforcePlan(input: $input) { id } }",
            new { input = new { code = NextCode("KH"), title = "Kế hoạch phát triển đội ngũ trí thức giai đoạn 2026–2030", fromYear = int.Parse(fromYear), toYear = int.Parse(toYear), decision = "215/QĐ-UBND" } },
            token ?? Editor)).Data("createTalentWorkforcePlan").Id();

    public Task<JsonElement> SetTargetsAsync(Guid plan, object[] targets, string? token = null) =>
        GraphQLAsync("mutation($plan: ID!, $targets: [TalentPlanTargetInput!]!) { setTalentWorkforcePlanTargets(planId: $plan, targets: $targets) { id targets { year measure value fieldCode } } }",
            new { plan, targets }, token ?? Editor);

    public static object Target(int year, Guid unit, string measure, decimal value, string? field = null) => new { year, unitId = unit, fieldCode = field, measure, value };

    /// <summary>Posts <paramref name="csv"/> to the module's import of <paramref name="kind"/>; the status and the report.</summary>
    public Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string kind, string csv, bool dryRun, string? token = null) =>
        Host.ImportCsvAsync("talent", kind, csv, dryRun, token ?? Editor);
}
