using Microsoft.Playwright;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Ide;

/// <summary>
/// GraphiQL as a developer meets it in Chromium: it loads from the host alone under its Content-Security-Policy, runs
/// the opening query, and signs in with a token given in the address.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class GraphiQLInChromiumTests(Chromium chromium) : IAsyncLifetime
{
    /// <summary>Two cores shared with the host and a test run: Monaco's editors take their time.</summary>
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 20_000 };

    private PluginFolder _plugins = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _plugins = PluginFolder.WithAllModules();
        _host = await TestHost.StartAsync(_plugins);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _plugins.Dispose();
    }

    [Fact]
    public async Task The_IDE_loads_from_this_host_alone_and_runs_its_opening_query()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var origins = new List<string>();
        page.Request += (_, request) => origins.Add(new Uri(request.Url).GetLeftPart(UriPartial.Authority));

        await page.GotoAsync(_host.GraphQLUrl);
        await RunOpeningQueryAsync(page);

        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("Registry", Slow);
        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("Science", Slow);
        (await page.Locator(".graphiql-response").InnerTextAsync()).Should().MatchRegex("\"authenticated\":\\s*false", "no token: me.authenticated is false");
        origins.Distinct().Should().Equal([_host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority)], "nothing comes from a CDN");
        problems.All.Should().BeEmpty("the page must work under its Content-Security-Policy, workers included");
    }

    [Fact]
    public async Task A_token_in_the_address_signs_the_IDE_in()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var token = _host.Token(Roles.Administrator);

        await page.GotoAsync(_host.GraphQLUrl + "#token=" + token);
        await RunOpeningQueryAsync(page);

        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("administrator", Slow);
        page.Url.Should().NotContain(token, "the token leaves the address bar and the history");
        problems.All.Should().BeEmpty();
    }

    /// <summary>The editors load their workers after the page: a query run before the editor holds it would run nothing.</summary>
    private static async Task RunOpeningQueryAsync(IPage page)
    {
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("platform", Slow);
        await page.Locator(".graphiql-execute-button").ClickAsync();
    }
}
