using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Science.Tests;

/// <summary>
/// A host with the Registry and Science plugins over a small province: the Department of Science and
/// Technology, an institute under it, a district closed in the 2025 reform, and a dozen intellectuals —
/// a project lead, two members and reviewers enough for any council. Each test class gets its own host.
/// </summary>
public sealed class ScienceHost : IAsyncLifetime
{
    private PluginFolder? _plugins;
    private int _sequence;

    public TestHost Host { get; private set; } = null!;

    public string Administrator { get; private set; } = "";

    /// <summary>An editor of the Science department.</summary>
    public string Editor { get; private set; } = "";

    /// <summary>An editor of another department (the Registry): may read records, may not write Science.</summary>
    public string RegistryEditor { get; private set; } = "";

    public Guid Department { get; private set; }

    public Guid Institute { get; private set; }

    public Guid ClosedDistrict { get; private set; }

    public Guid Lead { get; private set; }

    public Guid Member { get; private set; }

    public Guid OtherMember { get; private set; }

    /// <summary>Intellectuals with no part in any project, to sit on councils.</summary>
    public IReadOnlyList<Guid> Reviewers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _plugins = PluginFolder.WithModules("Registry", "Science");
        Host = await TestHost.StartAsync(_plugins, "Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command=Information");
        Administrator = Host.Token(Roles.Administrator);
        Editor = Host.Token(Roles.Editor, "Science");
        RegistryEditor = Host.Token(Roles.Editor, "Registry");

        var province = await CreateUnitAsync("TQ", "Tỉnh Tuyên Quang", "PROVINCE", null, "1991-10-01");
        Department = await CreateUnitAsync("SKHCN", "Sở Khoa học và Công nghệ", "DEPARTMENT", province, "2000-01-01");
        Institute = await CreateUnitAsync("VNC-NN", "Viện Nghiên cứu Nông nghiệp", "UNIT", Department, "2000-01-01");
        ClosedDistrict = await CreateUnitAsync("H-DV", "Huyện Đồng Văn", "UNIT", province, "2000-01-01");
        var commune = await CreateUnitAsync("X-DV", "Xã Đồng Văn", "COMMUNE", province, "2025-07-01");
        (await GraphQLAsync("mutation($id: ID!, $to: ID!) { closeUnit(id: $id, closedOn: \"2025-06-30\", successorId: $to) { id } }",
            new { id = ClosedDistrict, to = commune }, Administrator)).Data("closeUnit");

        Lead = await CreatePersonAsync("Nguyễn Văn Đức");
        Member = await CreatePersonAsync("Trần Thị Hoa");
        OtherMember = await CreatePersonAsync("Lê Minh Tuấn");
        var reviewers = new List<Guid>();
        foreach (var name in new[] { "Phạm Quang Huy", "Hoàng Thị Lan", "Vũ Đình Nam", "Đặng Thu Trang", "Bùi Văn Sơn", "Đỗ Thị Mai", "Ngô Bá Khá", "Dương Thị Yến" })
        {
            reviewers.Add(await CreatePersonAsync(name));
        }

        Reviewers = reviewers;
    }

    public Task<JsonElement> GraphQLAsync(string query, object? variables = null, string? token = null) =>
        Host.GraphQLAsync(query, variables, token: token);

    /// <summary>A code no other test of this host uses.</summary>
    public string NextCode(string prefix = "DT") => $"{prefix}-{Interlocked.Increment(ref _sequence):D3}";

    public async Task<Guid> CreatePersonAsync(string fullName)
    {
        var result = await GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new
            {
                fullName, gender = "MALE", dateOfBirth = "1980-05-20", ethnicGroupCode = "01", unitId = Institute,
                fieldCode = "agriculture", isPublicSector = true,
            },
        }, Administrator);
        return result.Data("createIntellectual").Id();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _plugins?.Dispose();
    }

    private async Task<Guid> CreateUnitAsync(string code, string name, string kind, Guid? parent, string validFrom)
    {
        var result = await GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code, name, kind, parentId = parent, validFrom } }, Administrator);
        return result.Data("createUnit").Id();
    }
}
