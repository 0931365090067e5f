using System.Text.Json;
using TriThuc.Testing;
using static TriThuc.Modules.Talent.Tests.TalentHost;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>
/// The platform's small-group rule (fewer than five people) on the plan beside the actual figures, over the shared
/// province as it stands (six people: two at the hospital, one of them a woman; three women in all). No test adds people.
/// </summary>
public sealed class SmallGroupTests(TalentHost province) : IClassFixture<TalentHost>
{
    private const string Figures = "unitId unitName fieldCode measure suppressed target actual count total gap met";

    [Fact]
    public async Task A_share_of_a_group_under_five_people_is_withheld_from_a_caller_who_may_not_read_personal_data_in_the_query_and_the_workbook()
    {
        var plan = await province.CreatePlanAsync();
        (await province.SetTargetsAsync(plan,
        [
            Target(2026, province.Province, "WOMEN_SHARE", 0.5m),
            Target(2026, province.Hospital, "WOMEN_SHARE", 0.5m, "health"),
            Target(2026, province.Province, "HEADCOUNT", 6),
        ])).Data("setTalentWorkforcePlanTargets");

        var gaps = (await province.GraphQLAsync(
            $"query($plan: ID!) {{ talentWorkforcePlanGaps(planId: $plan, on: \"2026-06-30\") {{ {Figures} byUnit {{ {Figures} }} byField {{ {Figures} }} }} }}",
            new { plan }, province.Viewer)).Data("talentWorkforcePlanGaps").EnumerateArray().ToList();

        var women = gaps.Single(g => g.Text("unitName") == "Tỉnh Tuyên Quang" && g.Text("measure") == "WOMEN_SHARE");
        Shown(women).Should().Be((false, 0.5m, 3, 6), "six people are enough for their share to be an aggregate");
        var hospital = gaps.Single(g => g.Text("unitName") == "Bệnh viện Đa khoa tỉnh");
        Shown(hospital).Should().Be((true, null, null, null), "the hospital's two people would each be told apart by it");
        hospital.GetProperty("target").GetDecimal().Should().Be(0.5m, "the plan's own target is no one's personal data");
        hospital.GetProperty("gap").ValueKind.Should().Be(JsonValueKind.Null);
        hospital.GetProperty("met").ValueKind.Should().Be(JsonValueKind.Null);
        women.GetProperty("byUnit").EnumerateArray().Select(u => (u.Text("unitName"), Shown(u))).Should().Equal(
            [
                ("Phân hiệu Đại học Thái Nguyên", (true, null, null, null)),
                ("Sở Giáo dục và Đào tạo", (true, null, null, null)),
                ("Sở Nội vụ", (false, 0m, 0, 0)),
                ("Sở Y tế", (true, null, null, null)),
                ("Xã Mèo Vạc", (false, 0m, 0, 0)),
            ], "a unit of nobody tells nothing about anyone");
        women.GetProperty("byField").EnumerateArray().Select(f => Shown(f).Suppressed).Should().Equal(true, true);
        var headcount = gaps.Single(g => g.Text("measure") == "HEADCOUNT").GetProperty("byUnit").EnumerateArray()
            .Single(u => u.Text("unitName") == "Sở Y tế");
        Shown(headcount).Should().Be((false, 3m, 3, 3), "a count of people says nothing of any one of them");

        var sheet = await WorkbookTextAsync($"/api/talent/plans/{plan}/gaps.xlsx?on=2026-06-30", province.Viewer);
        sheet.Should().Contain("Ẩn (nhóm nhỏ)").And.Contain("Bệnh viện Đa khoa tỉnh");
        (await ReadsOfAsync(province.HealthDepartment)).Should().Be(0, "nothing personal was shown, so nothing is logged");
    }

    [Fact]
    public async Task A_caller_who_may_read_personal_data_sees_the_small_groups_share_and_the_read_is_logged()
    {
        var plan = await province.CreatePlanAsync();
        (await province.SetTargetsAsync(plan, [Target(2026, province.Hospital, "WOMEN_SHARE", 0.5m, "health")])).Data("setTalentWorkforcePlanTargets");

        var hospital = (await province.GraphQLAsync($"query($plan: ID!) {{ talentWorkforcePlanGaps(planId: $plan, on: \"2026-06-30\") {{ {Figures} }} }}",
            new { plan }, province.PersonalDataEditor)).Data("talentWorkforcePlanGaps").EnumerateArray().Single();

        Shown(hospital).Should().Be((false, 0.5m, 1, 2));
        hospital.GetProperty("met").GetBoolean().Should().BeTrue();
        var reads = (await province.GraphQLAsync(
            "query($id: ID) { sensitiveDataReads(filter: { recordId: $id }, first: 10) { edges { node { recordType fields } } } }",
            new { id = province.Hospital.ToString() }, province.Administrator)).Data("sensitiveDataReads").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).ToList();
        reads.Should().ContainSingle(r => r.Text("recordType") == "TalentPlanSmallGroup"
            && r.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "WOMEN_SHARE:health"));

        var sheet = await WorkbookTextAsync($"/api/talent/plans/{plan}/gaps.xlsx?on=2026-06-30", province.PersonalDataEditor);
        sheet.Should().Contain("50%").And.NotContain("Ẩn (nhóm nhỏ)");
    }

    private static (bool Suppressed, decimal? Actual, int? Count, int? Total) Shown(JsonElement row) =>
    (
        row.GetProperty("suppressed").GetBoolean(),
        row.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : row.GetProperty("actual").GetDecimal(),
        row.GetProperty("count").ValueKind == JsonValueKind.Null ? null : row.GetProperty("count").GetInt32(),
        row.GetProperty("total").ValueKind == JsonValueKind.Null ? null : row.GetProperty("total").GetInt32()
    );

    private async Task<int> ReadsOfAsync(Guid unit) =>
        (await province.GraphQLAsync("query($id: ID) { sensitiveDataReads(filter: { recordId: $id }) { totalCount } }", new { id = unit.ToString() }, province.Administrator))
            .Data("sensitiveDataReads").GetProperty("totalCount").GetInt32();

    /// <summary>The text of a workbook's sheets and shared strings.</summary>
    private async Task<string> WorkbookTextAsync(string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await province.Host.Client.SendAsync(request);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        using var workbook = new System.IO.Compression.ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return string.Concat(workbook.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
