using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>A browser opening /graphql gets the GraphiQL IDE, served from this host alone; a client asking for JSON gets GraphQL.</summary>
public sealed partial class GraphiQLPageTests
{
    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_the_IDE_and_every_script_it_names_from_this_host()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var page = await host.Client.SendAsync(BrowserGet("/graphql"));
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'").And.Contain("connect-src 'self'");
        html.Should().Contain("<html lang=\"vi\"").And.Contain("GraphiQL");
        var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        assets.Should().Contain(a => a.EndsWith(".js", StringComparison.Ordinal), "the IDE is a script the host serves itself");
        foreach (var asset in assets)
        {
            using var response = await host.Client.GetAsync(asset);
            response.StatusCode.Should().Be(HttpStatusCode.OK, asset);
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
            response.Content.Headers.ContentType!.MediaType.Should().BeOneOf("text/javascript", "application/javascript", "text/css");
        }
    }

    [Fact]
    public async Task A_client_asking_for_json_or_sending_a_query_gets_graphql_not_the_page()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var withQuery = await host.Client.SendAsync(BrowserGet("/graphql?query=%7B__typename%7D"));
        using var json = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var jsonResponse = await host.Client.SendAsync(json);

        withQuery.Content.Headers.ContentType!.MediaType.Should().NotBe("text/html", "a GET with a query is a GraphQL request, even from a browser");
        (await withQuery.Content.ReadAsStringAsync()).Should().Contain("\"__typename\":\"Query\"");
        (await jsonResponse.Content.ReadAsStringAsync()).Should().Contain("\"__typename\":\"Query\"");
    }

    [Fact]
    public async Task A_host_with_the_IDE_switched_off_answers_a_browser_as_a_graphql_client()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:GraphQL:EnableIde=false");

        using var page = await host.Client.SendAsync(BrowserGet("/graphql"));

        using var builtPage = await host.Client.GetAsync("/_trithuc/ide/index.html");

        page.Content.Headers.ContentType!.MediaType.Should().NotBe("text/html");
        (await page.Content.ReadAsStringAsync()).Should().NotContain("GraphiQL");
        builtPage.StatusCode.Should().Be(HttpStatusCode.NotFound, "with the IDE off, none of its files is served");
    }

    [Fact]
    public async Task A_host_whose_pages_were_not_built_tells_the_browser_why_in_Vietnamese()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Web:Root=" + TempPaths.NewFolder("no-web"));

        using var page = await host.Client.SendAsync(BrowserGet("/graphql"));

        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Không tìm thấy trang GraphiQL").And.Contain("Node.js").And.Contain("TriThuc:Web:Root");
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>/_trithuc/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
