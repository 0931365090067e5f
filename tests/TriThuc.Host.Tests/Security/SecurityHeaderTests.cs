using System.Net;
using TriThuc.Host.Tests.Support;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Security;

public sealed class SecurityHeaderTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_GraphQL_answer_is_never_sniffed_cached_or_sent_on_as_a_referrer()
    {
        using var response = await Host.PostGraphQLAsync("{ greetingCount }", token: Host.Token(Roles.Viewer));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.CacheControl!.NoStore.Should().BeTrue("the answer may carry personal data");
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/graphql/schema.graphql")]
    public async Task Every_other_answer_carries_the_same_headers(string path)
    {
        using var response = await Host.Client.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Built_files_keep_their_own_caching()
    {
        using var page = await Host.Client.GetAsync("/");

        page.Headers.CacheControl!.NoCache.Should().BeTrue();
        page.Headers.CacheControl.NoStore.Should().BeFalse();
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_browsers_are_told_to_use_HTTPS_only_and_not_otherwise()
    {
        using var behindTls = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { "X-Forwarded-Proto", "https" } } };
        using var secure = await Host.Client.SendAsync(behindTls);
        using var plain = await Host.Client.GetAsync("/health/live");

        secure.Headers.GetValues("Strict-Transport-Security").Single().Should().StartWith("max-age=31536000");
        plain.Headers.Contains("Strict-Transport-Security").Should().BeFalse("HSTS over plain HTTP is ignored, and on localhost it would pin development");
    }
}
