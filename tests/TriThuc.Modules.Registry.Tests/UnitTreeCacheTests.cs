using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// The unit tree is kept in the host between requests: a page of people costs no statement for it, and a unit added
/// through another host on the same database is there on the next request.
/// </summary>
public sealed class UnitTreeCacheTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Page = """
        query($unitId: ID) { intellectuals(first: 50, filter: { unitId: $unitId }) { totalCount nodes { fullName unit { name } } } }
        """;

    [Fact]
    public async Task A_page_within_a_unit_costs_its_count_and_its_rows_and_nothing_for_the_unit_tree()
    {
        await registry.CreatePersonAsync("Ma Thị Cây", registry.School);
        await registry.CreatePersonAsync("Ma Văn Rễ", registry.Health);
        await PageAsync(registry.Host, registry.Education); // the first request after the change reads the tree

        using var statements = SqlStatements.Watch(registry.Host);
        var page = await PageAsync(registry.Host, registry.Education);

        Names(page).Should().Contain("Ma Thị Cây").And.NotContain("Ma Văn Rễ");
        page.GetProperty("nodes").EnumerateArray().Single(p => p.GetProperty("fullName").GetString() == "Ma Thị Cây")
            .GetProperty("unit").GetProperty("name").GetString().Should().Be("Trường THPT Đồng Văn");
        statements.Statements.Should().HaveCount(2, "the count (which also reads the tree's stamp) and the page; the units come from the host's copy:\n"
            + string.Join("\n---\n", statements.Statements));
    }

    [Fact]
    public async Task A_unit_added_through_another_host_is_seen_on_the_next_request()
    {
        await registry.CreatePersonAsync("Hoàng Thị Trước", registry.School);
        (await PageAsync(registry.Host, registry.Education)).GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0);

        using var plugins = PluginFolder.WithModules("Registry");
        await using var other = await TestHost.StartOnAsync(plugins, null, [.. registry.Host.DatabaseArguments.Select(a => a[2..])]);
        var token = other.Token(Roles.Administrator);
        var created = await other.GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code = "THCS-LC", name = "Trường THCS Lũng Cú", kind = "SCHOOL", parentId = registry.Education, validFrom = "2020-01-01" } },
            token: token);
        var unit = created.GetProperty("data").GetProperty("createUnit").GetProperty("id").GetGuid();
        var person = await other.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new
            {
                fullName = "Giàng Thị Sau", gender = "FEMALE", dateOfBirth = "1990-02-03", ethnicGroupCode = "01", unitId = unit,
                fieldCode = "education", isPublicSector = true,
            },
        }, token: token);
        person.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        var page = await PageAsync(registry.Host, registry.Education);

        page.GetProperty("nodes").EnumerateArray().Single(p => p.GetProperty("fullName").GetString() == "Giàng Thị Sau")
            .GetProperty("unit").GetProperty("name").GetString().Should().Be("Trường THCS Lũng Cú", "the new unit is in the department's subtree at once");
        var units = await registry.GraphQLAsync("query($id: ID!) { unit(id: $id) { name } }", new { id = unit }, registry.Administrator);
        units.GetProperty("data").GetProperty("unit").GetProperty("name").GetString().Should().Be("Trường THCS Lũng Cú");
    }

    private async Task<JsonElement> PageAsync(TestHost host, Guid unitId)
    {
        var result = await host.GraphQLAsync(Page, new { unitId }, token: registry.Administrator);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return result.GetProperty("data").GetProperty("intellectuals");
    }

    private static List<string?> Names(JsonElement page) =>
        page.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("fullName").GetString()).ToList();
}
