using Microsoft.Playwright;

namespace TriThuc.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>; CI installs it), headless, driven by Playwright, shared by the
/// tests of a collection. <c>TRITHUC_CHROMIUM</c> names another executable.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Variable = "TRITHUC_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named ? named : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {executable}: install Debian's (apt-get install chromium) or name another in {Variable}.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Root in a container has no user namespace for Chromium's sandbox; /dev/shm may be small.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
