using Microsoft.Playwright;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>An administrator takes a review snapshot and compares it with today.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AdministratorTests(Chromium chromium, DemoProvince province)
{
    [Fact]
    public async Task A_snapshot_taken_in_the_browser_is_listed_and_compares_with_today()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Administrator, "#/bao-cao");
        var page = dashboard.Page;
        var title = $"Sơ kết thử {Guid.NewGuid():N}"[..20];

        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Số liệu tại ngày").FillAsync("2025-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chụp số liệu" }).ClickAsync();

        await Assertions.Expect(page.GetByText($"Đã chụp: {title}.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "31/12/2025" }).First).ToBeVisibleAsync();

        await page.GetByLabel("Từ bản").SelectOptionAsync(new SelectOptionValue { Label = $"{title} (31/12/2025)" });

        var comparison = page.GetByRole(AriaRole.Table, new() { Name = "So sánh hai bản chụp" });
        await Assertions.Expect(comparison.GetByRole(AriaRole.Rowheader).Filter(new() { HasText = "T1" })).ToBeVisibleAsync();
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        dashboard.Problems.All.Should().BeEmpty();
    }
}
