using Microsoft.Playwright;
using TriThuc.Testing;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>With an identity provider configured, a user signs in through it: authorization code with PKCE, no token typed.</summary>
[Collection(DashboardCollection.Name)]
public sealed class OpenIdSignInTests(Chromium chromium)
{
    [Fact]
    public async Task A_leader_signs_in_through_the_provinces_identity_provider_with_PKCE()
    {
        await using var provider = await FakeIdentityProvider.StartAsync();
        using var plugins = PluginFolder.WithModules(["Registry"]);
        await using var host = await StartAsync(plugins, provider);
        await using var dashboard = await Dashboard.OpenAsync(chromium, host, token: null);
        var page = dashboard.Page;

        await Assertions.Expect(page.GetByLabel("Mã thông báo (token)")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập qua cổng định danh của tỉnh" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Nguyễn Thị Lãnh Đạo");
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("Lãnh đạo (xem số liệu)");
        provider.TokensIssued.Should().Be(1);
        provider.Refusals.Should().BeEmpty();
        page.Url.Should().NotContain("code=", "the code leaves the address once it is used");
        dashboard.Problems.All.Should().BeEmpty("the identity provider is allowed by the page's Content-Security-Policy");
    }

    [Fact]
    public async Task A_refusal_at_the_providers_token_endpoint_is_shown_on_the_sign_in_page()
    {
        await using var provider = await FakeIdentityProvider.StartAsync();
        provider.RefusesCodes = true;
        using var plugins = PluginFolder.WithModules(["Registry"]);
        await using var host = await StartAsync(plugins, provider);
        await using var dashboard = await Dashboard.OpenAsync(chromium, host, token: null);
        var page = dashboard.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập qua cổng định danh của tỉnh" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không đổi được mã ủy quyền");
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_link_carrying_a_token_does_not_sign_anyone_in_when_the_province_signs_in_through_its_provider()
    {
        await using var provider = await FakeIdentityProvider.StartAsync();
        using var plugins = PluginFolder.WithModules(["Registry"]);
        await using var host = await StartAsync(plugins, provider);
        await using var dashboard = await Dashboard.OpenAsync(chromium, host, token: null, "#token=" + provider.IssueToken());
        var page = dashboard.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập qua cổng định danh của tỉnh" })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveCountAsync(0);
        page.Url.Should().NotContain("token=", "the token leaves the address all the same");
    }

    private static Task<TestHost> StartAsync(PluginFolder plugins, FakeIdentityProvider provider) =>
        TestHost.StartAsync(plugins,
            $"TriThuc:Authentication:Authority={provider.Authority}",
            $"TriThuc:Authentication:Issuer={provider.Authority}",
            $"TriThuc:Web:ClientId={FakeIdentityProvider.ClientId}");
}
