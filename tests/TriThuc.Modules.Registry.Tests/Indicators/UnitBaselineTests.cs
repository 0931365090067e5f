using System.Text.Json;

namespace TriThuc.Modules.Registry.Tests.Indicators;

/// <summary>Each unit line is judged from the same unit's baseline, and a unit not yet open counts under its parent (see <see cref="MergedDistrictProvince"/>).</summary>
public sealed class UnitBaselineTests(MergedDistrictProvince province) : IClassFixture<MergedDistrictProvince>
{
    [Fact]
    public async Task A_successor_unit_starts_its_path_from_the_baseline_of_the_people_it_took_over()
    {
        var commune = Row(await BreakdownAsync("T1", "at: \"2025-12-31\""), "Xã Đồng Văn");

        commune.GetProperty("display").GetString().Should().Be("50%");
        // From 50% on 01/01/2024 to 70% on 31/12/2030: 0.5 + 0.2 × 730/2556 = 55.71% on 31/12/2025. From 0%, it would be 19.99%.
        commune.GetProperty("expected").GetDecimal().Should().BeApproximately(0.5571m, 0.0001m);
        commune.GetProperty("status").GetString().Should().Be("BEHIND");
    }

    [Fact]
    public async Task A_person_in_a_unit_not_yet_open_on_the_day_counts_under_its_parent_not_as_unknown()
    {
        var rows = await BreakdownAsync("D1", "at: \"2025-06-30\"");

        rows.Select(r => r.GetProperty("name").GetString()).Should().NotContain("Không xác định").And.NotContain("Xã Đồng Văn");
        Row(rows, "Tỉnh Tuyên Quang").GetProperty("numerator").GetDecimal().Should().Be(3, "Khánh's commune opens on 01/07/2025; he counts in the province");
        Row(rows, "Huyện Đồng Văn").GetProperty("numerator").GetDecimal().Should().Be(2);
    }

    private async Task<List<JsonElement>> BreakdownAsync(string code, string arguments) =>
        (await province.GraphQLAsync(
            $"{{ indicator(code: \"{code}\") {{ breakdown(by: \"unit\", {arguments}) {{ key name numerator display expected status }} }} }}",
            token: province.Host.Token(SharedKernel.Security.Roles.Viewer)))
        .GetProperty("data").GetProperty("indicator").GetProperty("breakdown").EnumerateArray().ToList();

    private static JsonElement Row(List<JsonElement> rows, string name) => rows.Single(r => r.GetProperty("name").GetString() == name);
}
