using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>How the application's files travel: compressed and cached for good, while the API's answers are neither.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class ApplicationFilesTests(DemoProvince province)
{
    [Fact]
    public async Task The_application_s_script_is_sent_compressed_and_cached_for_good_and_the_page_itself_is_revalidated()
    {
        using var page = await GetAsync("/", "br");
        var script = ScriptSource().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var brotli = await GetAsync(script, "br");
        using var gzip = await GetAsync(script, "gzip");
        using var plain = await GetAsync(script, null);

        page.Headers.CacheControl!.NoCache.Should().BeTrue();
        brotli.StatusCode.Should().Be(HttpStatusCode.OK);
        brotli.Content.Headers.ContentEncoding.Should().Equal("br");
        gzip.Content.Headers.ContentEncoding.Should().Equal("gzip");
        brotli.Headers.CacheControl!.ToString().Should().Contain("immutable");
        var sent = (await brotli.Content.ReadAsByteArrayAsync()).Length;
        sent.Should().BeLessThan((await plain.Content.ReadAsByteArrayAsync()).Length / 2, "a script compresses to well under half its size");
    }

    [Fact]
    public async Task The_API_s_answers_are_not_compressed_so_that_nothing_secret_can_be_guessed_from_their_length()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ platform { province modules { name title } } }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await province.Host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        return await province.Host.Client.SendAsync(request);
    }

    [GeneratedRegex("<script[^>]+src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
