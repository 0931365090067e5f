using System.Net;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Security;

/// <summary>A flood of requests, or of guessed tokens, is refused with 429 and a time to wait; a signed-in user has a bucket of their own.</summary>
public sealed class RateLimitTests(RateLimitTests.SmallBuckets fixture) : IClassFixture<RateLimitTests.SmallBuckets>
{
    /// <summary>Buckets small enough to empty in a test, refilled slowly enough that they stay empty during it.</summary>
    public sealed class SmallBuckets : IAsyncLifetime
    {
        private PluginFolder? _plugins;

        public TestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _plugins = PluginFolder.With("Greeting");
            Host = await TestHost.StartAsync(_plugins,
                "TriThuc:RateLimits:PerAddress:Burst=6", "TriThuc:RateLimits:PerAddress:RequestsPerSecond=1",
                "TriThuc:RateLimits:PerUser:Burst=10", "TriThuc:RateLimits:PerUser:RequestsPerSecond=1");
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            _plugins?.Dispose();
        }
    }

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task An_address_flooding_with_bad_tokens_or_none_gets_429_with_Retry_After_while_a_signed_in_user_and_monitoring_go_on()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await Host.PostGraphQLAsync("{ greetingCount }", token: i % 2 == 0 ? null : "not-a-token");
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
        statuses.Count(s => s != HttpStatusCode.TooManyRequests).Should().BeLessThanOrEqualTo(6 + 2, "the bucket holds 6 and refills 1 a second");
        using (var refused = await Host.PostGraphQLAsync("{ greetingCount }", token: "not-a-token"))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "a guessed token costs the address, not a token check");
            int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(1);
            var error = (await TestHost.ReadJsonAsync(refused)).GetProperty("errors")[0];
            error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("RATE_LIMITED");
            error.GetProperty("message").GetString().Should().Contain("quá nhiều yêu cầu");
        }

        var signedIn = await Host.GraphQLAsync("{ greetingCount }", token: Host.TokenFor("can-bo-rate-limit", Roles.Viewer));
        signedIn.TryGetProperty("errors", out _).Should().BeFalse("a signed-in user has their own bucket");
        using var health = await Host.Client.GetAsync("/health/ready");
        health.StatusCode.Should().Be(HttpStatusCode.OK, "monitoring is never limited");
    }

    [Fact]
    public async Task A_signed_in_user_past_their_own_bucket_is_refused_too()
    {
        var token = Host.TokenFor("kich-ban-nhap-lieu", Roles.Viewer);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            using var response = await Host.PostGraphQLAsync("{ greetingCount }", token: token);
            statuses.Add(response.StatusCode);
        }

        statuses.Take(10).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK));
        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
    }
}
