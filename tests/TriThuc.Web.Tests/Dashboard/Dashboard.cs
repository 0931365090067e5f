using System.Text.Json;
using Microsoft.Playwright;
using TriThuc.Testing;
using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>The web application in a fresh browser context, signed in with a token (or not), and what went wrong on its pages.</summary>
public sealed class Dashboard : IAsyncDisposable
{
    static Dashboard()
    {
        // Two cores shared with the host and the test run: the first answers take their time.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    private readonly IBrowserContext _context;
    private readonly List<string> _origins = [];

    private Dashboard(IBrowserContext context, IPage page, Uri host)
    {
        _context = context;
        Page = page;
        Host = host;
        Problems = PageProblems.Watch(page);
        page.Request += (_, request) =>
        {
            lock (_origins)
            {
                _origins.Add(new Uri(request.Url).GetLeftPart(UriPartial.Authority));
            }
        };
    }

    public IPage Page { get; }

    public Uri Host { get; }

    public PageProblems Problems { get; }

    /// <summary>The origins the page asked anything of.</summary>
    public IReadOnlyList<string> Origins
    {
        get
        {
            lock (_origins)
            {
                return [.. _origins.Distinct()];
            }
        }
    }

    /// <summary>Opens the application at <paramref name="path"/> (a fragment such as <c>#/nguoi</c>), signed in with <paramref name="token"/> when one is given.</summary>
    public static async Task<Dashboard> OpenAsync(Chromium chromium, TestHost host, string? token, string path = "", ViewportSize? viewport = null)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 768 },
        });
        var page = await context.NewPageAsync();
        var dashboard = new Dashboard(context, page, host.Client.BaseAddress!);
        if (token is not null)
        {
            // A token in the address signs in, as the IDE takes it, and leaves the address at once.
            await page.GotoAsync(new Uri(host.Client.BaseAddress!, "/#token=" + token).ToString());
            await Assertions.Expect(page.GetByTestId("user-role")).ToBeVisibleAsync();
        }

        await page.GotoAsync(new Uri(host.Client.BaseAddress!, "/" + path).ToString());
        return dashboard;
    }

    /// <summary>
    /// The page checked by axe-core for WCAG 2.1 A and AA (contrast, labels, names, roles, landmarks); answers each
    /// violation as "rule: help — elements". axe is evaluated through the browser's debugging protocol, which the page's
    /// Content-Security-Policy does not govern.
    /// </summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        await Page.EvaluateAsync(await File.ReadAllTextAsync(AxePath));
        var violations = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id}: ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static string AxePath => Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
