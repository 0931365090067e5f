using Microsoft.Playwright;

namespace TriThuc.Web.Tests.Browser;

/// <summary>What a page reported as going wrong: console errors (a Content-Security-Policy refusal among them), uncaught exceptions, failed requests.</summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    private PageProblems(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add("uncaught: " + error);
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} {request.Failure}");
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static PageProblems Watch(IPage page) => new(page);

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
