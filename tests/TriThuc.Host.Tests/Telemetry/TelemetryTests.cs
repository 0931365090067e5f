using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Telemetry;

/// <summary>Traces and metrics as provincial IT's monitoring receives them: scraped by Prometheus, or sent by OTLP to a collector.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Prometheus_scrapes_GraphQL_operations_by_name_and_errors_by_code()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Telemetry:Prometheus=true");

        await host.GraphQLAsync("query Ping { __typename }", operationName: "Ping");
        await host.GraphQLAsync("{ noSuchField }");
        var metrics = await host.Client.GetStringAsync("/metrics");

        metrics.Should().MatchRegex("trithuc_graphql_operations_total\\{[^}]*operation=\"Ping\"[^}]*\\} 1");
        metrics.Should().MatchRegex("trithuc_graphql_operation_duration_seconds_count\\{[^}]*operation=\"Ping\"");
        metrics.Should().MatchRegex("trithuc_graphql_errors_total\\{[^}]*code=\"[A-Z_]+\"");
        metrics.Should().Contain("http_server_request_duration_seconds", "ASP.NET Core's request metrics come too");
    }

    [Fact]
    public async Task Prometheus_sees_how_far_behind_the_outbox_is_how_many_rows_imports_read_and_how_many_requests_were_limited()
    {
        using var plugins = PluginFolder.With("Greeting").AddBuilt("Registry");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Telemetry:Prometheus=true", "TriThuc:RateLimits:PerAddress:Burst=3",
            "TriThuc:RateLimits:PerAddress:RequestsPerSecond=1");

        await host.GraphQLAsync("mutation { sendGreeting(text: \"Xin chào\") { id } }", token: host.Token(SharedKernel.Security.Roles.Editor, "Greeting"));
        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/registry/import/intellectuals?fileName=ds.csv")
        {
            Content = new StringContent("Họ và tên,Giới tính,Ngày sinh,Dân tộc,Mã đơn vị,Lĩnh vực\nNguyễn Văn An,Nam,01/02/1980,Kinh,KHONG-CO,Y tế\n", Encoding.UTF8, "text/csv"),
            Headers = { Authorization = new("Bearer", host.Token(SharedKernel.Security.Roles.Editor, "Registry")) },
        };
        (await host.Client.SendAsync(import)).Dispose();
        for (var i = 0; i < 6; i++)
        {
            (await host.Client.GetAsync("/graphql?query=%7B__typename%7D")).Dispose();
        }

        await Eventually.ValueAsync(() => host.OutboxTypesAsync("Greeting", pendingOnly: true), pending => pending.Count == 0);
        var metrics = await host.Client.GetStringAsync("/metrics");

        // The "TriThuc" meter is process-wide: hosts of other tests running beside this one add to the same counters.
        metrics.Should().MatchRegex("trithuc_outbox_lag_seconds_count\\{[^}]*event=\"[^\"]*GreetingSent[^\"]*\"[^}]*\\} [1-9]");
        metrics.Should().MatchRegex("trithuc_import_rows_total\\{[^}]*kind=\"intellectuals\"[^}]*module=\"Registry\"[^}]*outcome=\"refused\"[^}]*\\} [1-9]");
        metrics.Should().MatchRegex("trithuc_import_duration_seconds_count\\{[^}]*module=\"Registry\"");
        metrics.Should().MatchRegex("trithuc_rate_limited_total\\{[^}]*bucket=\"address\"[^}]*\\} [1-9]");
    }

    [Fact]
    public async Task With_telemetry_off_nothing_is_served_at_metrics()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var response = await host.Client.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Traces_reach_an_OTLP_collector_with_the_GraphQL_operation_s_span()
    {
        await using var collector = await FakeCollector.StartAsync();
        using var plugins = PluginFolder.With("Greeting");
        var host = await TestHost.StartAsync(plugins,
            $"TriThuc:Telemetry:OtlpEndpoint={collector.Address}", "TriThuc:Telemetry:OtlpProtocol=HttpProtobuf", "TriThuc:Telemetry:ServiceName=trithuc-test");

        await host.GraphQLAsync("query Ping { __typename }", operationName: "Ping");
        await host.DisposeAsync(); // stopping the host flushes what it has not sent yet

        var traces = collector.Received("/v1/traces");
        traces.Should().Contain("graphql Ping", "the operation's span is named after it");
        traces.Should().Contain("trithuc-test", "every span carries the service name");
        traces.Should().Contain("POST", "the HTTP request's span comes too");
        collector.Received("/v1/metrics").Should().Contain("trithuc.graphql.operations");
    }

    /// <summary>An OTLP/HTTP receiver on Kestrel that keeps every body it is sent (protobuf keeps strings as UTF-8 bytes).</summary>
    private sealed class FakeCollector(WebApplication app) : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _bodies = new();

        public string Address { get; private set; } = "";

        public static async Task<FakeCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var collector = new FakeCollector(app);
            app.MapPost("/v1/{signal}", async (HttpContext http) =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                collector._bodies.Enqueue((http.Request.Path, body.ToArray()));
                return Results.Ok();
            });
            await app.StartAsync();
            collector.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
            return collector;
        }

        public string Received(string path) =>
            string.Concat(_bodies.Where(b => b.Path == path).Select(b => Encoding.UTF8.GetString(b.Body)));

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
