using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

public sealed class ReferenceAndUnitTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task The_54_ethnic_groups_are_reference_data_anyone_can_read()
    {
        var groups = (await registry.GraphQLAsync("{ ethnicGroups { code name isMinority } }")).GetProperty("data").GetProperty("ethnicGroups").EnumerateArray().ToList();

        groups.Should().HaveCount(54);
        groups[0].GetProperty("name").GetString().Should().Be("Kinh");
        groups[0].GetProperty("isMinority").GetBoolean().Should().BeFalse();
        groups.Should().Contain(g => g.GetProperty("name").GetString() == "Mông" && g.GetProperty("isMinority").GetBoolean());
    }

    [Fact]
    public async Task The_unit_tree_shows_open_units_and_keeps_closed_ones_with_their_successor()
    {
        var tree = await registry.GraphQLAsync("{ rootUnits { code children { code children { code } } } }");
        var province = tree.GetProperty("data").GetProperty("rootUnits")[0];
        province.GetProperty("code").GetString().Should().Be("TQ");
        var children = province.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        children.Should().Contain(["SGDDT", "SYT", "X-DV"]).And.NotContain("H-DV");

        var closed = (await registry.GraphQLAsync("query($id: ID!) { unit(id: $id) { validTo successor { name } } }", new { id = registry.OldDistrict }))
            .GetProperty("data").GetProperty("unit");
        closed.GetProperty("validTo").GetString().Should().Be("2025-06-30");
        closed.GetProperty("successor").GetProperty("name").GetString().Should().Be("Xã Đồng Văn");
    }

    [Fact]
    public async Task A_person_cannot_be_placed_in_a_closed_unit_and_the_clerk_is_told_why()
    {
        var (code, field, message) = (await registry.CreatePersonRawAsync("Vàng Mí Sùng", registry.OldDistrict)).FirstError();

        code.Should().Be("VALIDATION");
        field.Should().Be("unitId");
        message.Should().Contain("Huyện Đồng Văn").And.Contain("30/06/2025");
    }

    [Fact]
    public async Task A_unit_code_is_unique()
    {
        var result = await registry.GraphQLAsync(
            "mutation { createUnit(input: { code: \"SYT\", name: \"Sở Y tế (trùng)\", kind: DEPARTMENT, validFrom: \"2020-01-01\" }) { id } }", token: registry.Administrator);

        result.FirstError().Should().Be(("CONFLICT", "code", "Đã có đơn vị mang mã 'SYT'."));
    }

    [Fact]
    public async Task Only_registry_editors_and_administrators_change_units()
    {
        var science = registry.Host.Token(Roles.Editor, "Science");

        var result = await registry.GraphQLAsync("mutation { createUnit(input: { code: \"X\", name: \"X\", kind: UNIT, validFrom: \"2020-01-01\" }) { id } }", token: science);

        result.FirstError().Code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task The_same_unit_created_many_times_at_once_is_saved_once_and_every_other_attempt_is_a_conflict()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => registry.GraphQLAsync(
            "mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code = "DOUBLE-CLICK", name = "Phòng bấm hai lần", kind = "UNIT", parentId = registry.Province, validFrom = "2024-01-01" } },
            registry.Administrator)));

        attempts.Count(a => !a.TryGetProperty("errors", out _)).Should().Be(1);
        attempts.Where(a => a.TryGetProperty("errors", out _)).Select(a => a.FirstError().Code).Should().OnlyContain(code => code == "CONFLICT");
    }
}
