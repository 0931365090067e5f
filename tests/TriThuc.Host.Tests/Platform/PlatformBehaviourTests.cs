using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.Platform;

/// <summary>What a module gets from the platform: its own database, events across modules, paging, health, logs.</summary>
public sealed class PlatformBehaviourTests
{
    [SqliteFact]
    public async Task Each_module_gets_its_own_migrated_sqlite_file_in_wal_mode()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins);

        foreach (var file in new[] { "greeting.db", "echo.db" })
        {
            var path = Path.Combine(host.DataPath, file);
            File.Exists(path).Should().BeTrue();
            await using var connection = new SqliteConnection($"Data Source={path}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            (await command.ExecuteScalarAsync()).Should().Be("wal");
        }
    }

    [Fact]
    public async Task An_event_published_by_one_module_reaches_another_which_extends_the_publishers_type()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins);

        var editor = host.Token(Roles.Editor, "Greeting");
        await host.GraphQLAsync("mutation { sendGreeting(text: \"Chào Mèo Vạc\") { id } }", token: editor);

        var echoCount = await Eventually.ValueAsync(async () =>
        {
            var result = await host.GraphQLAsync("{ echoes greetings(first: 5) { edges { node { text echoCount } } } }", token: editor);
            var node = result.GetProperty("data").GetProperty("greetings").GetProperty("edges")[0].GetProperty("node");
            return node.GetProperty("echoCount").GetInt32();
        }, count => count > 0);

        echoCount.Should().Be(1);
    }

    [Fact]
    public async Task Greetings_page_through_a_connection_with_cursors()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);
        var editor = host.Token(Roles.Editor, "Greeting");
        foreach (var text in new[] { "Một", "Hai", "Ba", "Bốn", "Năm" })
        {
            await host.GraphQLAsync("mutation($t: String!) { sendGreeting(text: $t) { id } }", new { t = text }, token: editor);
        }

        var first = await Page(host, editor, "first: 2");
        var second = await Page(host, editor, $"first: 2, after: \"{first.EndCursor}\"");
        var last = await Page(host, editor, "last: 1");

        first.Texts.Should().Equal("Một", "Hai");
        first.Total.Should().Be(5);
        first.HasNext.Should().BeTrue();
        second.Texts.Should().Equal("Ba", "Bốn");
        last.Texts.Should().Equal("Năm");
        last.HasNext.Should().BeFalse();
    }

    [Fact]
    public async Task Health_live_answers_and_ready_checks_every_module_database()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins);

        using var live = await host.Client.GetAsync("/health/live");
        using var ready = await host.Client.GetAsync("/health/ready");

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        var data = (await TestHost.ReadJsonAsync(ready)).GetProperty("checks").GetProperty("databases").GetProperty("data");
        data.GetProperty("Greeting").GetString().Should().Be("ok");
        data.GetProperty("Echo").GetString().Should().Be("ok");
        data.GetProperty("Platform").GetString().Should().Be("ok");
    }

    [SqliteFact]
    public async Task Ready_fails_when_a_module_database_is_gone()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);
        SqliteConnection.ClearAllPools();
        // Moved rather than deleted: the outbox dispatcher may be writing a -wal file at that moment,
        // which makes a recursive delete fail with "directory not empty"; a rename is one atomic step.
        var gone = host.DataPath + "-gone";
        Directory.Move(host.DataPath, gone);

        try
        {
            using var ready = await host.Client.GetAsync("/health/ready");

            ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            File.Exists(Path.Combine(host.DataPath, "greeting.db")).Should().BeFalse("a readiness check must not create an empty database in place of a lost one");
        }
        finally
        {
            TempPaths.TryDelete(gone);
        }
    }

    [Fact]
    public async Task Log_lines_carry_the_module_name_and_the_request_id()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var response = await host.PostGraphQLAsync("mutation { sendGreeting(text: \"Nhật ký\") { id } }", token: host.Token(Roles.Editor, "Greeting"));
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        await host.App.StopAsync();

        var lines = host.LogLines();
        lines.Should().Contain(l => l.Contains("[Greeting]") && l.Contains($"[{requestId}]") && l.Contains("Greeting") && l.Contains("sent"));
        lines.Should().Contain(l => l.Contains("[Host]") && l.Contains("TriThuc modules:"));
    }

    [Fact]
    public async Task A_caller_that_hangs_up_is_logged_as_gone_not_as_a_server_error()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);
        using var hangUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var call = () => host.Client.PostAsync("/graphql",
            new StringContent("""{"query":"{ slowField(milliseconds: 20000) }"}""", System.Text.Encoding.UTF8, "application/json"), hangUp.Token);
        await call.Should().ThrowAsync<OperationCanceledException>();
        await host.WaitForLogLineAsync(l => l.Contains("POST /graphql responded"));
        await host.App.StopAsync();

        // From the moment the host listened: on a new PostgreSQL database, EF Core logs an error at start-up
        // for the migrations history table it is about to create.
        var lines = host.LogLines()
            .SkipWhile(l => !l.Contains("Now listening on")).ToList();
        lines.Should().Contain(l => l.Contains("POST /graphql responded 499"));
        lines.Should().NotContain(l => l.Contains("[ERR]"));
    }

    [Fact]
    public async Task A_caller_that_hangs_up_while_sending_the_body_is_answered_as_a_bad_request_not_as_a_server_error()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using (var client = new System.Net.Sockets.TcpClient())
        {
            await client.ConnectAsync(host.Client.BaseAddress!.Host, host.Client.BaseAddress.Port);
            var stream = client.GetStream();
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
                $"POST /graphql HTTP/1.1\r\nHost: {host.Client.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{{\"query\":\"{{ __typ"));
            client.Client.Shutdown(System.Net.Sockets.SocketShutdown.Send); // the body ends 480 bytes early
            try
            {
                await new StreamReader(stream).ReadToEndAsync(); // until the host has dealt with it; it may reset the connection
            }
            catch (IOException)
            {
            }
        }

        await host.WaitForLogLineAsync(l => l.Contains("POST /graphql responded"));
        await host.App.StopAsync();
        var lines = host.LogLines()
            .SkipWhile(l => !l.Contains("Now listening on")).ToList();
        // Kestrel reports the cut body either as a bad request (400) or, when it notices the closed side first,
        // as an aborted request (499); either is the caller's doing, and neither may be logged as an error.
        lines.Should().Contain(l => l.Contains("POST /graphql responded 400") || l.Contains("POST /graphql responded 499"));
        lines.Should().NotContain(l => l.Contains("[ERR]"));
    }

    private static async Task<(List<string?> Texts, int Total, bool HasNext, string? EndCursor)> Page(TestHost host, string token, string arguments)
    {
        var result = await host.GraphQLAsync($"{{ greetings({arguments}) {{ totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ text }} }} }} }}", token: token);
        var connection = result.GetProperty("data").GetProperty("greetings");
        return (
            connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("text").GetString()).ToList(),
            connection.GetProperty("totalCount").GetInt32(),
            connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(),
            connection.GetProperty("pageInfo").GetProperty("endCursor").GetString());
    }

    [SqliteFact]
    public async Task A_blank_connection_string_setting_means_the_module_s_default_file()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Modules:Greeting:ConnectionString=");

        File.Exists(Path.Combine(host.DataPath, "greeting.db")).Should().BeTrue("an empty setting is no setting, not a throw-away database");
    }
}
