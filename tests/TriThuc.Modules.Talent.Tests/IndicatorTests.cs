using System.Text.Json;
using TriThuc.Testing;
using static TriThuc.Modules.Talent.Tests.TalentHost;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>
/// A1–A4 on a hand-built province: a policy in force since 2021, two people recruited under it in 2022 (one of whom has
/// since left the public sector), one in 2025 and one in 2026; a second village of the commune, unclassed, so that
/// it takes the commune's class (region III in 2025, region II from 2026). The class has its own host: counts are exact.
/// </summary>
public sealed class IndicatorTests(TalentHost province) : IClassFixture<TalentHost>, IAsyncLifetime
{
    private readonly CaseSteps _steps = new(province);

    /// <summary>The province is seeded once per host, by the first test that runs; the others wait for it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TalentHost, Task> Seeded = [];

    public Task InitializeAsync()
    {
        lock (Seeded)
        {
            return Seeded.GetValue(province, _ => SeedAsync());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A1_counts_the_people_recruited_under_a_policy_this_year_by_field()
    {
        (await ValueAsync("A1", "2026-06-30")).Should().Be((1m, null), "only the 2026 recruitment falls in the year to the day");
        (await BreakdownAsync("A1", "field", "2026-06-30")).Should().Equal(("health", 1m));
        (await ValueAsync("A1", "2022-12-31")).Numerator.Should().Be(2m);
    }

    [Fact]
    public async Task A2_is_the_share_of_people_recruited_three_or_more_years_ago_still_in_a_public_post_in_the_province()
    {
        (await ValueAsync("A2", "2026-06-30")).Should().Be((1m, 2m), "of the two recruited in 2022, one has left the public sector; later recruits are not yet followed");
        (await BreakdownAsync("A2", "policy", "2026-06-30")).Should().Equal(("CS-001", 1m));
    }

    [Fact]
    public async Task A3_is_the_share_of_units_in_extremely_difficult_areas_on_the_days_classification_served_by_a_university_graduate()
    {
        (await ValueAsync("A3", "2025-10-01")).Should().Be((2m, 3m),
            "in 2025 the commune is region III and both villages take its class; the commune is served through its first village, the second village's only person has no degree");
        (await ValueAsync("A3", "2026-06-30")).Should().Be((1m, 1m), "from 2026 the commune is region II: only the listed village is extremely difficult");
    }

    [Fact]
    public async Task A4_is_the_share_of_this_years_plan_targets_met_on_the_day()
    {
        (await ValueAsync("A4", "2026-06-30")).Should().Be((2m, 3m), "the doctorate and the recruitment targets are met, the head count is not");
        (await BreakdownAsync("A4", "measure", "2026-06-30")).Should().BeEquivalentTo([("DOCTOR", 1m), ("HEADCOUNT", 0m), ("RECRUITED", 1m)]);
    }

    private async Task SeedAsync()
    {
        var policy = await _steps.PolicyAsync(Version(effectiveFrom: "2021-01-01", signedOn: "2020-12-01", number: "08/2020/NQ-HĐND", oneOffAmount: 50_000_000, oneOffMonths: null));
        var left = (await province.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new { fullName = "Ma Văn Kiên", gender = "MALE", dateOfBirth = "1995-05-01", ethnicGroupCode = "01", unitId = province.Hospital, fieldCode = "health", isPublicSector = false },
        }, province.Administrator)).Data("createIntellectual").Id();
        await RecruitAsync(policy, "2022-03-01", "2022-06-01", province.People[0]);
        await RecruitAsync(policy, "2022-03-01", "2022-07-01", left);
        await RecruitAsync(policy, "2025-03-01", "2025-05-01", province.People[1]);
        await RecruitAsync(policy, "2026-02-01", "2026-03-01", province.People[2]);

        var secondVillage = await province.CreateUnitAsync("T-LP", "Thôn Lũng Pù", "VILLAGE", province.Commune, "2025-07-01");
        var graduate = await province.CreatePersonAsync("Sùng Thị Dợ", province.Village, gender: "FEMALE", ethnicGroup: "13");
        await province.AddQualificationAsync(graduate, "BACHELOR", 2020);
        await province.CreatePersonAsync("Thào Mí Páo", secondVillage, ethnicGroup: "13");

        await province.AddQualificationAsync(province.People[0], "DOCTORATE", 2015);
        var plan = await province.CreatePlanAsync();
        (await province.SetTargetsAsync(plan,
        [
            Target(2026, province.Province, "DOCTOR", 1),
            Target(2026, province.Province, "HEADCOUNT", 100),
            Target(2026, province.Hospital, "RECRUITED", 1, "health"),
        ])).Data("setTalentWorkforcePlanTargets");
    }

    private async Task RecruitAsync(Guid policy, string appliedOn, string recruitedOn, Guid person)
    {
        var id = (await _steps.ApplyAsync(policy, appliedOn)).Data("applyTalentAttractionCase").Id();
        (await _steps.StepAsync("assessTalentAttractionCase", id, appliedOn)).Data("assessTalentAttractionCase").Text("status").Should().Be("ELIGIBLE");
        (await _steps.StepAsync("approveTalentAttractionCase", id, appliedOn)).Data("approveTalentAttractionCase");
        (await _steps.RecruitAsync(id, recruitedOn, person)).Data("recruitTalentAttractionCase");
    }

    private async Task<(decimal Numerator, decimal? Denominator)> ValueAsync(string code, string at)
    {
        var value = (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ value(at: \"{at}\") {{ numerator denominator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("value");
        return (value.GetProperty("numerator").GetDecimal(), value.GetProperty("denominator").ValueKind == JsonValueKind.Number ? value.GetProperty("denominator").GetDecimal() : null);
    }

    private async Task<List<(string? Key, decimal Numerator)>> BreakdownAsync(string code, string by, string at) =>
        (await province.GraphQLAsync($"{{ indicator(code: \"{code}\") {{ breakdown(by: \"{by}\", at: \"{at}\") {{ key numerator }} }} }}", token: province.Viewer))
            .Data("indicator").GetProperty("breakdown").EnumerateArray().Select(r => (r.Text("key"), r.GetProperty("numerator").GetDecimal())).ToList();
}
