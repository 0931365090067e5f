using System.Text.Json;
using TriThuc.SharedKernel.Security;
using Xunit;

namespace TriThuc.Testing;

/// <summary>
/// The shared test host of department modules: the real host with the Registry and the modules under test, over a
/// small province every department finds itself in — the province and its departments, a district closed in the
/// 2025 reform and the commune that succeeded it (region III in 2021–2025, region II from 2026, a border commune), an
/// extremely difficult village, a school, a commune health station, a hospital and a university branch — and six
/// intellectuals in them. A module's test fixture derives from it, names its modules and adds its own data.
/// Each test class gets its own host.
/// </summary>
public abstract class ProvinceHost : IAsyncLifetime
{
    private PluginFolder? _plugins;
    private int _sequence;

    /// <summary>The modules under test, besides the Registry.</summary>
    protected abstract IReadOnlyList<string> Modules { get; }

    /// <summary>Settings for the host (without leading dashes), e.g. "TriThuc:Modules:Registry:DemoData:Enabled=true".</summary>
    protected virtual IReadOnlyList<string> Settings => [];

    public TestHost Host { get; private set; } = null!;

    /// <summary>The host's clock: the real time until a test moves it (<see cref="MovableClock.Advance"/>).</summary>
    public MovableClock Clock { get; } = new();

    public string Administrator { get; private set; } = "";

    /// <summary>A leader: aggregates and indicators, no personal records.</summary>
    public string Viewer { get; private set; } = "";

    /// <summary>An editor of the Registry: reads every module's records, writes none of the department modules.</summary>
    public string RegistryEditor { get; private set; } = "";

    public Guid Province { get; private set; }

    public Guid HealthDepartment { get; private set; }

    public Guid EducationDepartment { get; private set; }

    public Guid HomeAffairsDepartment { get; private set; }

    public Guid ClosedDistrict { get; private set; }

    /// <summary>The commune that succeeded <see cref="ClosedDistrict"/> on 1 July 2025: region III until 2025, region II from 2026, a border commune.</summary>
    public Guid Commune { get; private set; }

    /// <summary>An extremely difficult village (thôn đặc biệt khó khăn) of <see cref="Commune"/>.</summary>
    public Guid Village { get; private set; }

    public Guid School { get; private set; }

    public Guid HealthStation { get; private set; }

    public Guid Hospital { get; private set; }

    public Guid UniversityBranch { get; private set; }

    /// <summary>Six intellectuals: two at the hospital, one at the health station, two at the school, one at the university branch.</summary>
    public IReadOnlyList<Guid> People { get; private set; } = [];

    /// <summary>A token of an editor of <paramref name="module"/>.</summary>
    public string EditorOf(string module) => Host.Token(Roles.Editor, module);

    public async Task InitializeAsync()
    {
        _plugins = PluginFolder.WithModules(["Registry", .. Modules]);
        Host = await TestHost.StartAsync(_plugins, Clock, [.. Settings]);
        Administrator = Host.Token(Roles.Administrator);
        Viewer = Host.Token(Roles.Viewer);
        RegistryEditor = EditorOf("Registry");

        Province = await CreateUnitAsync("TQ", "Tỉnh Tuyên Quang", "PROVINCE", null, "1991-10-01");
        HealthDepartment = await CreateUnitAsync("SYT", "Sở Y tế", "DEPARTMENT", Province, "2000-01-01");
        EducationDepartment = await CreateUnitAsync("SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT", Province, "2000-01-01");
        HomeAffairsDepartment = await CreateUnitAsync("SNV", "Sở Nội vụ", "DEPARTMENT", Province, "2000-01-01");
        ClosedDistrict = await CreateUnitAsync("H-MV", "Huyện Mèo Vạc", "DISTRICT", Province, "2000-01-01");
        Commune = await CreateUnitAsync("X-MV", "Xã Mèo Vạc", "COMMUNE", Province, "2025-07-01");
        (await GraphQLAsync("mutation($id: ID!, $to: ID!) { closeUnit(id: $id, closedOn: \"2025-06-30\", successorId: $to) { id } }",
            new { id = ClosedDistrict, to = Commune }, Administrator)).Data("closeUnit");
        await ClassifyAsync(new { unitId = Commune, zone = "REGION_III", isBorder = true, decision = "861/QĐ-TTg", validFrom = "2025-07-01", validTo = "2025-12-31" });
        await ClassifyAsync(new { unitId = Commune, zone = "REGION_II", isBorder = true, decision = "60/QĐ-BDTTG", validFrom = "2026-01-01" });
        Village = await CreateUnitAsync("T-SP", "Thôn Sủng Pờ", "VILLAGE", Commune, "2025-07-01");
        await ClassifyAsync(new { unitId = Village, isExtremelyDifficultVillage = true, decision = "60/QĐ-BDTTG", validFrom = "2026-01-01" });
        School = await CreateUnitAsync("THPT-MV", "Trường THPT Mèo Vạc", "UPPER_SECONDARY_SCHOOL", EducationDepartment, "2000-01-01");
        HealthStation = await CreateUnitAsync("TYT-MV", "Trạm y tế xã Mèo Vạc", "COMMUNE_HEALTH_STATION", HealthDepartment, "2025-07-01");
        Hospital = await CreateUnitAsync("BVDK", "Bệnh viện Đa khoa tỉnh", "HOSPITAL", HealthDepartment, "2000-01-01");
        UniversityBranch = await CreateUnitAsync("PH-DHTN", "Phân hiệu Đại học Thái Nguyên", "UNIVERSITY_BRANCH", Province, "2023-02-10");

        People =
        [
            await CreatePersonAsync("Nguyễn Văn Đức", Hospital, field: "health"),
            await CreatePersonAsync("Trần Thị Hoa", Hospital, gender: "FEMALE", field: "health"),
            await CreatePersonAsync("Giàng A Sử", HealthStation, ethnicGroup: "13", field: "health"),
            await CreatePersonAsync("Lò Thị Mai", School, gender: "FEMALE", ethnicGroup: "03", field: "education"),
            await CreatePersonAsync("Phạm Quang Huy", School, field: "education"),
            await CreatePersonAsync("Hoàng Thị Lan", UniversityBranch, gender: "FEMALE", field: "education"),
        ];
        await SeedAsync();
    }

    /// <summary>The module's own data for every test of the class, once the province stands.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public Task<JsonElement> GraphQLAsync(string query, object? variables = null, string? token = null) =>
        Host.GraphQLAsync(query, variables, token: token);

    /// <summary>A code no other test of this host uses.</summary>
    public string NextCode(string prefix) => $"{prefix}-{Interlocked.Increment(ref _sequence):D3}";

    public async Task<Guid> CreateUnitAsync(string code, string name, string kind, Guid? parent, string validFrom) =>
        (await GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code, name, kind, parentId = parent, validFrom } }, Administrator)).Data("createUnit").Id();

    public async Task<Guid> CreatePersonAsync(string fullName, Guid unit, string gender = "MALE", string ethnicGroup = "01",
        string field = "education", string dateOfBirth = "1985-04-12", string? nationalId = null) =>
        (await GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new { fullName, gender, dateOfBirth, ethnicGroupCode = ethnicGroup, unitId = unit, fieldCode = field, isPublicSector = true, nationalId },
        }, Administrator)).Data("createIntellectual").Id();

    /// <summary>Restricts the processing of a person's data, as an administrator does when the data subject asks.</summary>
    public async Task RestrictProcessingAsync(Guid person) =>
        (await GraphQLAsync("mutation($p: ID!) { restrictProcessing(personId: $p, reason: \"Chủ thể dữ liệu yêu cầu hạn chế xử lý\") }",
            new { p = person }, Administrator)).Data("restrictProcessing");

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _plugins?.Dispose();
    }

    private async Task ClassifyAsync(object input) =>
        (await GraphQLAsync("mutation($input: AreaClassificationInput!) { classifyArea(input: $input) { id } }", new { input }, Administrator)).Data("classifyArea");
}
