using System.Text.Json;
using TriThuc.Testing;
using static TriThuc.Modules.Talent.Tests.TalentHost;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>
/// The plan beside the Registry's figures on the shared province, to which this class adds a young woman of an ethnic
/// minority at the hospital and an associate professor at the university branch: eight people, four of them women,
/// three of an ethnic minority. Only the first test adds people, so every count is exact.
/// </summary>
public sealed class PlanTests(TalentHost province) : IClassFixture<TalentHost>
{
    [Fact]
    public async Task The_plan_is_set_beside_the_registrys_figures_with_each_gap_drilled_down_by_unit_and_field()
    {
        // Read by a caller who may read personal data: the hospital's three are a small group (SmallGroupTests).
        var young = await province.CreatePersonAsync("Vàng Thị Sính", province.Hospital, gender: "FEMALE", ethnicGroup: "13", field: "health", dateOfBirth: "1998-03-01");
        var professor = await province.CreateTitledPersonAsync("Đỗ Văn Thành", province.UniversityBranch, "ASSOCIATE_PROFESSOR", 2024);
        await province.AddQualificationAsync(province.People[0], "DOCTORATE", 2015);
        await province.AddQualificationAsync(province.People[0], "MASTER", 2010);
        await province.AddQualificationAsync(province.People[1], "SPECIALIST_FIRST_LEVEL", 2018);
        await province.AddQualificationAsync(province.People[2], "BACHELOR", 2010);
        await province.AddQualificationAsync(professor, "DOCTORATE", 2019);
        await province.AddQualificationAsync(young, "PHYSICIAN", 2022);
        var plan = await province.CreatePlanAsync();
        (await province.SetTargetsAsync(plan,
        [
            Target(2026, province.Province, "DOCTOR", 3),
            Target(2026, province.Province, "WOMEN_SHARE", 0.5m),
            Target(2026, province.Province, "ETHNIC_MINORITY_SHARE", 0.4m),
            Target(2026, province.Province, "ASSOCIATE_PROFESSOR", 1),
            Target(2026, province.HealthDepartment, "MASTER", 1, "health"),
            Target(2026, province.Hospital, "YOUNG_SHARE", 0.3m, "health"),
            Target(2026, province.UniversityBranch, "DOCTOR", 2),
            Target(2027, province.Province, "DOCTOR", 5),
        ])).Data("setTalentWorkforcePlanTargets");

        var gaps = (await province.GraphQLAsync(
            """
            query($plan: ID!) { talentWorkforcePlanGaps(planId: $plan, on: "2026-06-30") {
              unitName fieldCode measure target actual count total gap met
              byUnit { unitName target actual } byField { fieldCode actual } } }
            """, new { plan }, province.PersonalDataEditor)).Data("talentWorkforcePlanGaps").EnumerateArray().ToList();

        Row(gaps, "Tỉnh Tuyên Quang", null, "DOCTOR").Should().Be((3m, 2m, -3m + 2m, false), "Đức and the associate professor hold doctorates; the 2027 target is not this year's");
        Row(gaps, "Tỉnh Tuyên Quang", null, "WOMEN_SHARE").Should().Be((0.5m, 0.5m, 0m, true), "four of the eight are women");
        Row(gaps, "Tỉnh Tuyên Quang", null, "ETHNIC_MINORITY_SHARE").Should().Be((0.4m, 0.375m, -0.025m, false), "three of eight are of an ethnic minority");
        Row(gaps, "Tỉnh Tuyên Quang", null, "ASSOCIATE_PROFESSOR").Should().Be((1m, 1m, 0m, true));
        Row(gaps, "Sở Y tế", "health", "MASTER").Should().Be((1m, 1m, 0m, true), "a specialist level I sits on the master's rung; Đức's master's is under his doctorate");
        Row(gaps, "Bệnh viện Đa khoa tỉnh", "health", "YOUNG_SHARE").Should().Be((0.3m, 0.3333m, 0.0333m, true), "one of the hospital's three is under 35");
        gaps.Should().HaveCount(7);

        var doctors = gaps.Single(g => g.Text("unitName") == "Tỉnh Tuyên Quang" && g.Text("measure") == "DOCTOR");
        doctors.GetProperty("total").GetInt32().Should().Be(8);
        doctors.GetProperty("byUnit").EnumerateArray()
            .Select(u => (u.Text("unitName"), u.GetProperty("actual").GetDecimal(), u.GetProperty("target").ValueKind == JsonValueKind.Null ? (decimal?)null : u.GetProperty("target").GetDecimal()))
            .Should().Equal(
                [("Phân hiệu Đại học Thái Nguyên", 1m, 2m), ("Sở Giáo dục và Đào tạo", 0m, null), ("Sở Nội vụ", 0m, null), ("Sở Y tế", 1m, null), ("Xã Mèo Vạc", 0m, null)],
                "the children open on the day, each with its own target where the plan sets one; the district closed in 2025 counts nobody");
        doctors.GetProperty("byField").EnumerateArray().Select(f => (f.Text("fieldCode"), f.GetProperty("actual").GetDecimal()))
            .Should().Equal(("education", 1m), ("health", 1m));

        var inHealth = (await province.GraphQLAsync("query($plan: ID!, $unit: ID!) { talentWorkforcePlanGaps(planId: $plan, on: \"2026-06-30\", unitId: $unit) { unitName measure } }",
            new { plan, unit = province.HealthDepartment }, province.Viewer)).Data("talentWorkforcePlanGaps").EnumerateArray().Select(g => g.Text("unitName")).ToList();
        inHealth.Should().BeEquivalentTo(["Sở Y tế", "Bệnh viện Đa khoa tỉnh"], "a unit's drill-down holds the targets set in its subtree");

        var sheet = await WorkbookTextAsync($"/api/talent/plans/{plan}/gaps.xlsx?on=2026-06-30", province.Viewer);
        sheet.Should().Contain("Kế hoạch").And.Contain("Thực tế").And.Contain("Chênh lệch").And.Contain("Tỷ lệ trí thức người dân tộc thiểu số")
            .And.Contain("37,5%").And.Contain("Chưa đạt").And.Contain("Đơn vị trực thuộc").And.Contain("Phân hiệu Đại học Thái Nguyên");
        using var anonymous = await province.Host.Client.GetAsync($"/api/talent/plans/{plan}/gaps.xlsx?on=2026-06-30");
        anonymous.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
    }

    /// <summary>The text of a workbook's sheets and shared strings.</summary>
    private async Task<string> WorkbookTextAsync(string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await province.Host.Client.SendAsync(request);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new System.IO.Compression.ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return string.Concat(workbook.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Fact]
    public async Task Targets_are_checked_before_any_is_set_and_only_home_affairs_editors_write()
    {
        var plan = await province.CreatePlanAsync();

        var share = await province.SetTargetsAsync(plan, [Target(2026, province.Province, "DOCTOR", 3), Target(2026, province.Province, "WOMEN_SHARE", 45)]);
        var outside = await province.SetTargetsAsync(plan, [Target(2031, province.Province, "DOCTOR", 3)]);
        var twice = await province.SetTargetsAsync(plan, [Target(2026, province.School, "MASTER", 1, "education"), Target(2026, province.School, "MASTER", 2, "education")]);
        var health = await province.SetTargetsAsync(plan, [Target(2026, province.Province, "DOCTOR", 3)], province.EditorOf("Health"));
        var created = await province.GraphQLAsync("mutation($input: TalentWorkforcePlanInput!) { createTalentWorkforcePlan(input: $input) { id } }",
            new { input = new { code = "KH-YT", title = "Kế hoạch của Sở Y tế", fromYear = 2026, toYear = 2030 } }, province.EditorOf("Health"));

        share.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "targets[1].value" && e.Message!.Contains("0,3 là 30%"));
        outside.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "targets[0].year" && e.Message!.Contains("2026–2030"));
        twice.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "targets[1]");
        health.FirstError().Code.Should().Be("FORBIDDEN");
        created.FirstError().Code.Should().Be("FORBIDDEN");
        (await province.GraphQLAsync("query($id: ID!) { talentWorkforcePlan(id: $id) { targets { value } } }", new { id = plan }, province.Viewer))
            .Data("talentWorkforcePlan").GetProperty("targets").GetArrayLength().Should().Be(0, "a refused list sets nothing");

        var replaced = (await province.SetTargetsAsync(plan, [Target(2026, province.School, "MASTER", 1, "education")])).Data("setTalentWorkforcePlanTargets");
        replaced = (await province.SetTargetsAsync(plan, [Target(2026, province.School, "MASTER", 2, "education")])).Data("setTalentWorkforcePlanTargets");
        replaced.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("value").GetDecimal()).Should().Equal([2m], "a target of the same year, unit, field and measure is replaced");
    }

    private static (decimal? Target, decimal Actual, decimal? Gap, bool? Met) Row(List<JsonElement> gaps, string unit, string? field, string measure)
    {
        var row = gaps.Single(g => g.Text("unitName") == unit && g.Text("measure") == measure && (g.GetProperty("fieldCode").ValueKind == JsonValueKind.Null ? null : g.Text("fieldCode")) == field);
        return (row.GetProperty("target").GetDecimal(), row.GetProperty("actual").GetDecimal(), row.GetProperty("gap").GetDecimal(), row.GetProperty("met").GetBoolean());
    }
}
