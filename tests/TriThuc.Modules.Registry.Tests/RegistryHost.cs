using System.Net;
using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// A host with the Registry plugin and a small province: Tuyên Quang, two departments, a school in a
/// remote area under one of them, and a district closed in the 2025 reform and succeeded by a commune.
/// </summary>
public class RegistryHost : IAsyncLifetime
{
    private PluginFolder? _plugins;

    public TestHost Host { get; private set; } = null!;

    public string PluginsPath => _plugins!.Path;

    public string Administrator { get; private set; } = "";

    public string Editor { get; private set; } = "";

    /// <summary>The platform's national-ID hash key on this host, so that every write path stamps the Registry's hash.</summary>
    public const string NationalIdKey = "khoa-thu-nghiem-so-dinh-danh";

    public Guid Province { get; private set; }

    public Guid Education { get; private set; }

    public Guid School { get; private set; }

    public Guid Health { get; private set; }

    public Guid OldDistrict { get; private set; }

    public Guid NewCommune { get; private set; }

    public async Task InitializeAsync()
    {
        _plugins = PluginFolder.WithModules("Registry");
        Host = await TestHost.StartAsync(_plugins, $"TriThuc:NationalIdKey={NationalIdKey}");
        Administrator = Host.Token(Roles.Administrator);
        Editor = Host.Token(Roles.Editor, "Registry");

        Province = await CreateUnitAsync("TQ", "Tỉnh Tuyên Quang", "PROVINCE", null, validFrom: "1991-10-01");
        Education = await CreateUnitAsync("SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT", Province);
        School = await CreateUnitAsync("THPT-DV", "Trường THPT Đồng Văn", "SCHOOL", Education, remote: true);
        Health = await CreateUnitAsync("SYT", "Sở Y tế", "DEPARTMENT", Province);
        OldDistrict = await CreateUnitAsync("H-DV", "Huyện Đồng Văn", "UNIT", Province, validFrom: "2000-01-01");
        NewCommune = await CreateUnitAsync("X-DV", "Xã Đồng Văn", "COMMUNE", Province, validFrom: "2025-07-01");
        await BeforeReformAsync();
        await GraphQLAsync(
            "mutation($id: ID!, $to: ID!) { closeUnit(id: $id, closedOn: \"2025-06-30\", successorId: $to) { id } }",
            new { id = OldDistrict, to = NewCommune }, Administrator);
    }

    /// <summary>Runs while the district is still open, so that a derived fixture can place people and posts in it.</summary>
    protected virtual Task BeforeReformAsync() => Task.CompletedTask;

    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null, string? token = null) =>
        await Host.GraphQLAsync(query, variables, token: token);

    /// <summary>Creates a person and returns the id; fails the test with the errors if it was refused.</summary>
    public async Task<Guid> CreatePersonAsync(string fullName, Guid unit, string dateOfBirth = "1985-04-12", string ethnicGroup = "01",
        string gender = "MALE", string? nationalId = null, string field = "education")
    {
        var result = await CreatePersonRawAsync(fullName, unit, dateOfBirth, ethnicGroup, gender, nationalId, field);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return result.GetProperty("data").GetProperty("createIntellectual").GetProperty("id").GetGuid();
    }

    public Task<JsonElement> CreatePersonRawAsync(string fullName, Guid unit, string dateOfBirth = "1985-04-12", string ethnicGroup = "01",
        string gender = "MALE", string? nationalId = null, string field = "education") =>
        GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new
            {
                fullName, gender, dateOfBirth, ethnicGroupCode = ethnicGroup, nationalId, unitId = unit, fieldCode = field,
                isPublicSector = true,
            },
        }, Editor);

    /// <summary>Adds a degree, post, training... (<paramref name="mutation"/> e.g. "addTraining") and returns its id; fails the test if refused.</summary>
    public async Task<Guid> AddCareerRecordAsync(string mutation, string inputType, Guid intellectualId, object input)
    {
        var result = await AddCareerRecordRawAsync(mutation, inputType, intellectualId, input);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return result.GetProperty("data").GetProperty(mutation).GetProperty("id").GetGuid();
    }

    public Task<JsonElement> AddCareerRecordRawAsync(string mutation, string inputType, Guid intellectualId, object input) =>
        GraphQLAsync($"mutation($id: ID!, $input: {inputType}!) {{ {mutation}(intellectualId: $id, input: $input) {{ id }} }}",
            new { id = intellectualId, input }, Editor);

    /// <summary>The header of an intellectuals import file, every column.</summary>
    public const string PeopleCsvHeader = "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Số định danh,Mã cán bộ,Điện thoại,Thư điện tử,Mã đơn vị,Chức danh,Lĩnh vực,Khu vực công,\"Vùng sâu, vùng xa\"";

    /// <summary>Posts a CSV file to the import of <paramref name="kind"/> as an editor of the Registry; returns the status and the report.</summary>
    public Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string csv, string kind = "intellectuals", bool dryRun = false) =>
        Host.ImportCsvAsync("registry", kind, csv, dryRun, Editor);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _plugins?.Dispose();
    }

    public async Task<Guid> CreateUnitAsync(string code, string name, string kind, Guid? parent, bool remote = false, string validFrom = "2020-01-01")
    {
        var result = await GraphQLAsync(
            "mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code, name, kind, parentId = parent, isRemoteArea = remote, validFrom } },
            Administrator);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return result.GetProperty("data").GetProperty("createUnit").GetProperty("id").GetGuid();
    }

    /// <summary>The keyed hash the Registry keeps of <paramref name="nationalId"/> (HMAC-SHA256 under <see cref="NationalIdKey"/>, upper-case hex).</summary>
    public static string NationalIdHashOf(string nationalId) =>
        Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(NationalIdKey), System.Text.Encoding.ASCII.GetBytes(nationalId)));
}
