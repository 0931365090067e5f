using Microsoft.Playwright;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>Signing in and out with a development token, and what a refused token tells the user.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SignInTests(Chromium chromium, DemoProvince province)
{
    [Fact]
    public async Task The_application_is_served_at_the_root_and_signs_in_with_a_pasted_token_and_out_again()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, token: null);
        var page = dashboard.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "TriThuc — Bảng điều khiển" })).ToBeVisibleAsync();
        (await dashboard.AccessibilityViolationsAsync()).Should().BeEmpty();
        await page.GetByLabel("Mã thông báo (token)").FillAsync(province.Editor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("Biên tập viên");
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("test-editor");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nhập dữ liệu" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Mã thông báo (token)")).ToBeVisibleAsync();
        dashboard.Problems.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_token_is_explained_in_Vietnamese_not_shown_as_JSON()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, token: null);
        var page = dashboard.Page;

        await page.GetByLabel("Mã thông báo (token)").FillAsync("eyJhbGciOiJIUzI1NiJ9.e30.sai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("không hợp lệ hoặc đã hết hạn");
        (await alert.InnerTextAsync()).Should().NotContain("{").And.NotContain("\"errors\"");
    }

    [Fact]
    public async Task A_token_the_server_refuses_during_a_download_ends_the_session_with_the_server_s_reason()
    {
        await using var dashboard = await Dashboard.OpenAsync(chromium, province.Host, province.Editor, "#/nguoi");
        var page = dashboard.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tải danh sách .xlsx" })).ToBeVisibleAsync();
        await page.RouteAsync("**/api/registry/intellectuals.xlsx**", route => route.ContinueAsync(new()
        {
            Headers = new Dictionary<string, string>(route.Request.Headers) { ["authorization"] = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.het-han" },
        }));

        await page.GetByRole(AriaRole.Button, new() { Name = "Tải danh sách .xlsx" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Mã thông báo (token)")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("không hợp lệ hoặc đã hết hạn");
    }
}
