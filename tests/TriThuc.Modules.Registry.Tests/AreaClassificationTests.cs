using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>The dated area classification: each period's list stands for its own days, and periods never overlap.</summary>
public sealed class AreaClassificationTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Classify = "mutation($input: AreaClassificationInput!) { classifyArea(input: $input) { id zone isExtremelyDifficult decision } }";

    [Fact]
    public async Task A_commune_is_classed_by_the_list_in_force_on_the_day_asked_about()
    {
        var commune = await registry.CreateUnitAsync("X-LC", "Xã Lũng Cú", "COMMUNE", registry.Province);
        await ClassifyAsync(new { unitId = commune, zone = "REGION_III", isBorder = true, decision = "861/QĐ-TTg", validFrom = "2021-06-04", validTo = "2025-12-31" });
        await ClassifyAsync(new { unitId = commune, zone = "REGION_II", isBorder = true, decision = "60/QĐ-BDTTG", validFrom = "2026-01-01" });

        var unit = (await registry.GraphQLAsync(
            "query($id: ID!) { unit(id: $id) { then: areaClassification(on: \"2024-05-01\") { zone isExtremelyDifficult decision } " +
            "now: areaClassification(on: \"2026-03-01\") { zone isExtremelyDifficult isBorder decision } before: areaClassification(on: \"2020-05-01\") { zone } " +
            "areaClassifications { decision } } }", new { id = commune })).GetProperty("data").GetProperty("unit");

        unit.GetProperty("then").GetProperty("zone").GetString().Should().Be("REGION_III");
        unit.GetProperty("then").GetProperty("isExtremelyDifficult").GetBoolean().Should().BeTrue();
        unit.GetProperty("now").GetProperty("decision").GetString().Should().Be("60/QĐ-BDTTG");
        unit.GetProperty("now").GetProperty("isExtremelyDifficult").GetBoolean().Should().BeFalse("region II is not extremely difficult");
        unit.GetProperty("before").ValueKind.Should().Be(JsonValueKind.Null);
        unit.GetProperty("areaClassifications").EnumerateArray().Select(a => a.GetProperty("decision").GetString()).Should().Equal("861/QĐ-TTg", "60/QĐ-BDTTG");

        await using var scope = registry.Host.App.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitDirectory>();
        var onDay = await units.ClassificationsOnAsync([commune, registry.School], new DateOnly(2023, 1, 1), CancellationToken.None);
        onDay.Keys.Should().Equal(commune);
        onDay[commune].Zone.Should().Be(AreaZone.RegionIII);
    }

    [Fact]
    public async Task Two_periods_of_one_unit_may_not_overlap()
    {
        var village = await registry.CreateUnitAsync("T-SP", "Thôn Sủng Pờ", "VILLAGE", registry.Province);
        await ClassifyAsync(new { unitId = village, isExtremelyDifficultVillage = true, decision = "861/QĐ-TTg", validFrom = "2021-06-04", validTo = "2025-12-31" });

        var overlapping = await registry.GraphQLAsync(Classify,
            new { input = new { unitId = village, isExtremelyDifficultVillage = true, decision = "60/QĐ-BDTTG", validFrom = "2025-10-01" } }, registry.Editor);

        var error = overlapping.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("CONFLICT");
        error.GetProperty("message").GetString().Should().Contain("861/QĐ-TTg");
    }

    [Fact]
    public async Task A_classification_must_say_something_name_its_decision_and_class_an_administrative_unit()
    {
        var commune = await registry.CreateUnitAsync("X-MV", "Xã Mèo Vạc", "COMMUNE", registry.Province);

        var empty = await registry.GraphQLAsync(Classify, new { input = new { unitId = commune, decision = "60/QĐ-BDTTG", validFrom = "2026-01-01" } }, registry.Editor);
        var undecided = await registry.GraphQLAsync(Classify, new { input = new { unitId = commune, zone = "REGION_I", decision = " ", validFrom = "2026-01-01" } }, registry.Editor);

        var school = await registry.GraphQLAsync(Classify, new { input = new { unitId = registry.School, zone = "REGION_III", decision = "60/QĐ-BDTTG", validFrom = "2026-01-01" } }, registry.Editor);

        empty.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString().Should().Be("zone");
        school.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("không phải xã", "a school is not on an area list; its commune is");
        undecided.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString().Should().Be("decision");
    }

    private async Task ClassifyAsync(object input)
    {
        var result = await registry.GraphQLAsync(Classify, new { input }, registry.Editor);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
    }
}
