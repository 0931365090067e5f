using System.Diagnostics;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Postgres;

/// <summary>Moving house: a SQLite deployment copied into PostgreSQL by the host's own command.</summary>
public sealed class MigrateDataTests
{
    [PostgresFact]
    public async Task A_sqlite_deployment_moves_into_postgres_checked_table_by_table_and_a_full_target_is_refused()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        var target = await PostgresServer.CreateDatabaseAsync();
        var dataPath = TempPaths.NewFolder("sqlite-deployment");
        await using (var source = await TestHost.StartOnAsync(plugins, null, $"TriThuc:DataPath={dataPath}"))
        {
            var editor = source.Token(Roles.Editor, "Greeting");
            foreach (var text in new[] { "Chào Hà Giang", "Chào Tuyên Quang", "Chào Mèo Vạc" })
            {
                await source.GraphQLAsync($"mutation {{ sendGreeting(text: \"{text}\") {{ id }} }}", token: editor);
            }

            await Eventually.ValueAsync(async () => (await source.OutboxTypesAsync("Greeting", pendingOnly: true)).Count, pending => pending == 0);
        }

        try
        {
            var (exit, output) = await RunAsync(plugins, dataPath, target);
            exit.Should().Be(0, output);
            output.Should().MatchRegex(@"greeting\.Greetings\s+3 →\s+3\s+ok").And.Contain("Every table matches");

            (exit, output) = await RunAsync(plugins, dataPath, target);
            exit.Should().Be(3, output);
            output.Should().Contain("greeting.Greetings: 3").And.Contain("--overwrite");

            (exit, output) = await RunAsync(plugins, dataPath, target, "--overwrite");
            exit.Should().Be(0, output);

            // The deployment keeps its data folder, where the audit chain's key is: the copied chains are signed with it.
            await using var moved = await TestHost.StartOnAsync(plugins, target, $"TriThuc:DataPath={dataPath}");
            var greetings = await moved.GraphQLAsync("{ greetings(first: 10) { totalCount edges { node { text echoCount } } } }", token: moved.Token(Roles.Editor));
            greetings.GetProperty("data").GetProperty("greetings").GetProperty("totalCount").GetInt32().Should().Be(3);
            greetings.GetProperty("data").GetProperty("greetings").GetProperty("edges").EnumerateArray()
                .Select(e => e.GetProperty("node").GetProperty("echoCount").GetInt32()).Should().AllBeEquivalentTo(1, "the echoes came along");
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(target);
            TempPaths.TryDelete(dataPath);
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(PluginFolder plugins, string dataPath, string target, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                typeof(PlatformApplication).Assembly.Location, "migrate-data", "--to", "postgres", "--target", target,
                $"--TriThuc:DataPath={dataPath}", $"--TriThuc:Plugins:Path={plugins.Path}", "--Serilog:MinimumLevel:Default=Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in extra)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
