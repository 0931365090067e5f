using Microsoft.Playwright;
using TriThuc.Testing;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>The home-affairs department's page: a workforce plan against the register, attraction policies and cases.</summary>
[Collection(DashboardCollection.Name)]
public sealed class TalentPageTests(Chromium chromium, DemoProvince province)
{
    private readonly ModuleRecords _records = new(province);

    [Fact]
    public async Task A_leader_reads_a_plan_beside_the_registers_figures_and_downloads_it_as_a_spreadsheet()
    {
        var root = await _records.RootUnitAsync();
        var plan = await _records.PlanAsync(root.Id());
        var today = ModuleRecords.Today.ToString("yyyy-MM-dd");
        var headcount = (await province.GraphQLAsync("query($plan: ID!, $on: DateOnly!) { talentWorkforcePlanGaps(planId: $plan, on: $on) { measure count } }",
                new { plan = plan.Id, on = today }, province.Leader))
            .Data("talentWorkforcePlanGaps").EnumerateArray().Single(g => g.Text("measure") == "HEADCOUNT").GetProperty("count").GetInt32();
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Leader, "#/chi-tieu");
        var page = dashboard.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Đội ngũ, thu hút" }).ClickAsync();
        await page.GetByLabel("Kế hoạch").SelectOptionAsync(new SelectOptionValue { Label = $"{plan.Code} — {plan.Title}" });

        var gaps = page.GetByTestId("plan-gaps");
        var row = gaps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tổng số trí thức" });
        await Assertions.Expect(row).ToContainTextAsync(root.Text("name")!);
        await Assertions.Expect(row).ToContainTextAsync("100.000");
        await Assertions.Expect(row).ToContainTextAsync($"{headcount:N0}".Replace(",", "."));
        await Assertions.Expect(row).ToContainTextAsync("Chưa đạt");
        await Assertions.Expect(gaps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tỷ lệ trí thức nữ" })).ToContainTextAsync("50%");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ thu hút" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hội trí thức" })).ToHaveCountAsync(0);
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tải bảng so sánh .xlsx" }).ClickAsync());
        download.SuggestedFilename.Should().Be($"ke-hoach-{plan.Code}-{today}.xlsx");
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        bytes.Take(2).Should().Equal((byte)'P', (byte)'K');
        dashboard.Problems.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_clerk_lists_policies_and_cases_with_their_states_and_without_the_amounts()
    {
        var root = await _records.RootUnitAsync();
        var cases = await _records.PolicyWithCasesAsync(root.GetProperty("children")[0].Id());
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Clerk, "#/doi-ngu/chinh-sach");
        var page = dashboard.Page;

        await Assertions.Expect(page.GetByTestId("policies").GetByRole(AriaRole.Row).Filter(new() { HasText = cases.Policy })).ToContainTextAsync(cases.Instrument);

        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ thu hút" }).ClickAsync();
        var list = page.GetByTestId("cases");
        await Assertions.Expect(list.GetByRole(AriaRole.Row).Filter(new() { HasText = cases.Eligible })).ToContainTextAsync("Đủ điều kiện");
        var ineligible = list.GetByRole(AriaRole.Row).Filter(new() { HasText = cases.Ineligible });
        await Assertions.Expect(ineligible).ToContainTextAsync("Không đủ điều kiện");
        await Assertions.Expect(ineligible).ToContainTextAsync("Trình độ thấp hơn trình độ tối thiểu của chính sách");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Hỗ trợ một lần" })).ToHaveCountAsync(0);
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();

        await page.GetByLabel("Trạng thái").SelectOptionAsync(new SelectOptionValue { Label = "Đủ điều kiện" });

        await Assertions.Expect(list.GetByText(cases.Ineligible)).ToHaveCountAsync(0);
        await Assertions.Expect(list.GetByText(cases.Eligible)).ToBeVisibleAsync();
        dashboard.Problems.All.Should().BeEmpty("the page asks only for the fields the user may read");
    }
}
