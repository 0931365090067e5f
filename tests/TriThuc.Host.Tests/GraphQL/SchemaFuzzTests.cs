using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>
/// Thousands of requests written from the composed schema of every department module, sent by callers of every
/// role: none may get a 500, a stack trace, a build path or a token back, and the host answers normally afterwards.
/// </summary>
public sealed class SchemaFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Requests = 3_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Thousands_of_generated_requests_get_no_500_no_stack_trace_and_leave_the_host_healthy()
    {
        using var plugins = PluginFolder.WithAllModules();
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:RateLimits:Enabled=false", "TriThuc:GraphQL:ExecutionTimeout=00:00:05");
        (string Name, string? Token)[] callers =
        [
            ("anonymous", null),
            ("viewer", host.Token(Roles.Viewer)),
            ("Registry editor", host.Token(Roles.Editor, "Registry")),
            ("administrator", host.Token(Roles.Administrator, null, Permissions.PersonalDataRead)),
        ];
        var seed = Environment.TickCount;
        var fuzzer = new DocumentFuzzer(host.Schema, seed);
        var statuses = new Dictionary<HttpStatusCode, int>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        var answered = 0;
        for (; sent < Requests && clock.Elapsed < Budget; sent++)
        {
            var request = fuzzer.Next();
            var caller = callers[sent % callers.Length];
            // Half as older clients ask (errors in a 200), half as the GraphQL-over-HTTP media type (a 400 for a bad document).
            var accept = sent % 2 == 0 ? "application/json" : "application/graphql-response+json";
            using var response = await host.PostGraphQLAsync(request.Query, request.Variables, accept: accept, token: caller.Token);
            var body = await response.Content.ReadAsStringAsync();
            var replay = Shortened($"seed {seed}, request {sent}, as {caller.Name}, accepting {accept}: {request.Query} {JsonSerializer.Serialize(request.Variables)}");

            ((int)response.StatusCode).Should().BeLessThan(500, $"{replay} answered {Shortened(body)}");
            body.Should().NotContainAny(["   at ", "Exception", "/work/", "/src/", "StackTrace"], replay);
            if (caller.Token is not null)
            {
                body.Should().NotContain(caller.Token, replay);
            }

            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            answered += body.Contains("\"data\":{", StringComparison.Ordinal) && !body.Contains("\"errors\"", StringComparison.Ordinal) ? 1 : 0;
        }

        output.WriteLine($"seed {seed}: {sent} requests in {clock.Elapsed.TotalSeconds:0.0} s; "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")) + $"; {answered} with data and no error");
        sent.Should().BeGreaterThan(1_000, "thousands of requests fit the time budget");
        statuses.Should().ContainKey(HttpStatusCode.OK).And.ContainKey(HttpStatusCode.BadRequest);
        answered.Should().BeGreaterThan(sent / 50, "some generated requests are valid and reach the resolvers");
        (await host.GraphQLAsync("{ __typename }")).GetProperty("data").GetProperty("__typename").GetString().Should().Be("Query");
        using var ready = await host.Client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The generator's 10,000-character strings would bury the message that replays a failure.</summary>
    private static string Shortened(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "(.)\\1{40,}", m => $"{m.Groups[1].Value}×{m.Length}");
}
