using System.Net;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>A browser application on another origin may call the endpoint when its origin is allowed, and only then.</summary>
public sealed class CorsTests
{
    [Fact]
    public async Task A_development_server_on_localhost_gets_its_preflight_answered_and_its_request_allowed()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var preflight = await host.Client.SendAsync(Preflight("http://localhost:5173"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "http://localhost:5173");
        using var response = await host.Client.SendAsync(request);

        preflight.StatusCode.Should().Be(HttpStatusCode.NoContent);
        preflight.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("http://localhost:5173");
        preflight.Headers.GetValues("Access-Control-Allow-Headers").Single().Should().ContainEquivalentOf("authorization");
        preflight.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse("tokens travel in a header: no cookie crosses origins");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("http://localhost:5173");
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("X-Request-Id");
    }

    [Fact]
    public async Task Only_configured_origins_are_allowed_and_any_other_gets_no_cors_header()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Cors:AllowedOrigins:0=https://bangdieukhien.tuyenquang.gov.vn");

        using var allowed = await host.Client.SendAsync(Preflight("https://bangdieukhien.tuyenquang.gov.vn"));
        using var other = await host.Client.SendAsync(Preflight("http://localhost:5173"));
        using var evil = await host.Client.SendAsync(Preflight("https://evil.example"));

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://bangdieukhien.tuyenquang.gov.vn");
        other.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse("configured origins replace the development ones");
        evil.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");
        return request;
    }
}
