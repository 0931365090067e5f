using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Host.Audit;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Platform;

/// <summary>
/// The append-only logs are chained: a row changed, replaced or deleted with raw SQL (past or without the triggers) is
/// named by <c>verify-audit</c>, which exits non-zero; an untouched log, written by twenty writers at once, verifies.
/// </summary>
public sealed class AuditChainTests
{
    private const string Send = "mutation($text: String!) { sendGreeting(text: $text) { id } }";

    [Fact]
    public async Task Twenty_concurrent_writers_leave_one_unbroken_chain_and_verify_audit_says_so()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);
        var editor = host.Token(Roles.Editor, "Greeting");

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => host.GraphQLAsync(Send, new { text = $"Chào lần {i}" }, token: editor)));

        results.Where(r => r.TryGetProperty("errors", out var _)).Should().BeEmpty();
        var chains = await host.App.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        var greeting = chains.Single(c => c.Database == "Greeting" && c.Chain.Table == "AuditEntries").Chain;
        greeting.Break.Should().BeNull();
        greeting.Length.Should().Be(20, "every save appended one entry, none took another's place");
        chains.Should().OnlyContain(c => c.Chain.Break == null);

        var (exit, output) = await VerifyAuditAsync(host, plugins);
        exit.Should().Be(0, output);
        output.Should().Contain("Every audit chain holds.");
    }

    [SqliteFact]
    public async Task A_row_rewritten_by_insert_or_replace_is_named_by_verify_audit()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);
        var rows = await WriteThreeAsync(host);

        await SqlAsync(host, """
            INSERT OR REPLACE INTO "AuditEntries" ("Id", "EntityType", "EntityId", "Action", "ChangedBy", "ChangedAt", "RequestId", "Changes", "ChainIndex", "ChainHash")
            SELECT "Id", "EntityType", "EntityId", "Action", 'someone-else', "ChangedAt", "RequestId", "Changes", "ChainIndex", "ChainHash" FROM "AuditEntries" WHERE "ChainIndex" = 2
            """);

        var (exit, output) = await VerifyAuditAsync(host, plugins);
        exit.Should().Be(1, output);
        output.Should().Contain($"BROKEN Greeting.AuditEntries id {rows[1]}").And.Contain("không khớp mã băm");
    }

    [SqliteFact]
    public async Task A_middle_row_deleted_once_its_trigger_was_dropped_is_named_and_the_trigger_comes_back()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);
        var rows = await WriteThreeAsync(host);

        await SqlAsync(host, """DROP TRIGGER "AuditEntries_no_delete"; DELETE FROM "AuditEntries" WHERE "ChainIndex" = 2;""");

        var (exit, output) = await VerifyAuditAsync(host, plugins);
        exit.Should().Be(1, output);
        output.Should().Contain($"BROKEN Greeting.AuditEntries id {rows[2]}").And.Contain("thiếu dòng số 2");
        output.Should().Contain("lost its protecting trigger", "a dropped trigger is put back, and said so");
        var refused = () => SqlAsync(host, """DELETE FROM "AuditEntries" WHERE "ChainIndex" = 3;""");
        await refused.Should().ThrowAsync<SqliteException>();
    }

    [SqliteFact]
    public async Task A_row_changed_with_its_update_trigger_dropped_or_added_outside_the_chain_is_named()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);
        var rows = await WriteThreeAsync(host);

        await SqlAsync(host, """DROP TRIGGER "AuditEntries_no_update"; UPDATE "AuditEntries" SET "Changes" = '{}' WHERE "ChainIndex" = 3;""");
        var changed = await VerifyAuditAsync(host, plugins);
        var chains = await host.App.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);

        changed.Exit.Should().Be(1, changed.Output);
        changed.Output.Should().Contain($"BROKEN Greeting.AuditEntries id {rows[2]}");
        chains.Single(c => c.Database == "Greeting" && c.Chain.Table == "AuditEntries").Chain.Break!.Id.Should().Be(rows[2]);
    }

    [Fact]
    public async Task A_start_without_the_key_its_chains_were_written_under_is_refused_and_makes_no_new_key()
    {
        using var plugins = PluginFolder.With("Greeting");
        var dataPath = TempPaths.NewFolder("audit-key");
        var database = TestDatabase.IsPostgres ? await PostgresServer.CreateDatabaseAsync() : null;
        string[] settings = [$"TriThuc:DataPath={dataPath}"];
        var keyFile = Path.Combine(dataPath, AuditChainKey.KeyFile);
        try
        {
            await using (var first = await TestHost.StartOnAsync(plugins, database, settings))
            {
                (await first.GraphQLAsync(Send, new { text = "Chào" }, token: first.Token(Roles.Editor, "Greeting"))).TryGetProperty("errors", out _).Should().BeFalse();
            }

            var key = await File.ReadAllTextAsync(keyFile);
            File.Delete(keyFile); // a data folder restored from a backup that left the key out

            var restart = () => TestHost.StartOnAsync(plugins, database, settings);
            (await restart.Should().ThrowAsync<TriThuc.Host.Plugins.ModuleLoadException>()).Which.Message.Should()
                .Contain("already holds").And.Contain("AuditEntries").And.Contain("Restore the key file").And.Contain("TriThuc:Audit:ChainKey");
            File.Exists(keyFile).Should().BeFalse("a key made now would sign new rows under a key the old ones do not fit, and be adopted by the next start");

            await File.WriteAllTextAsync(keyFile, key);
            await using var restored = await TestHost.StartOnAsync(plugins, database, settings);
            var chains = await restored.App.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
            chains.Single(c => c.Database == "Greeting" && c.Chain.Table == "AuditEntries").Chain.Should().Match<TriThuc.SharedKernel.Data.ChainReport>(c => c.Length == 1 && c.Break == null);
        }
        finally
        {
            if (database is not null)
            {
                await PostgresServer.DropDatabaseAsync(database);
            }

            TempPaths.TryDelete(dataPath);
        }
    }

    /// <summary>Three greetings, so three audit entries; their ids in chain order.</summary>
    private static async Task<List<string>> WriteThreeAsync(TestHost host)
    {
        var editor = host.Token(Roles.Editor, "Greeting");
        for (var i = 1; i <= 3; i++)
        {
            (await host.GraphQLAsync(Send, new { text = $"Chào {i}" }, token: editor)).TryGetProperty("errors", out _).Should().BeFalse();
        }

        await using var connection = await OpenAsync(host);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id" FROM "AuditEntries" ORDER BY "ChainIndex" """;
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(Guid.Parse(reader.GetString(0)).ToString());
        }

        ids.Should().HaveCount(3);
        return ids;
    }

    private static async Task SqlAsync(TestHost host, string sql)
    {
        await using var connection = await OpenAsync(host);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(TestHost host)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "greeting.db")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs <c>verify-audit</c> as an operator would, beside the running host, on its databases.</summary>
    private static async Task<(int Exit, string Output)> VerifyAuditAsync(TestHost host, PluginFolder plugins)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(PlatformApplication).Assembly.Location, VerifyAuditCommand.Name, $"--TriThuc:Plugins:Path={plugins.Path}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in host.DatabaseArguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
