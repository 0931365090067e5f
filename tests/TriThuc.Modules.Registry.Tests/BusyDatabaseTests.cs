using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>A save that meets the write lock of a long import (or any other writer) for too long: on SQLite the database's, on PostgreSQL the audit chain's.</summary>
public sealed class BusyDatabaseTests
{
    private const string CreateUnit = """mutation { createUnit(input: { code: "SNV", name: "Sở Nội vụ", kind: DEPARTMENT, validFrom: "2020-01-01" }) { id } }""";

    [SqliteFact]
    public async Task A_save_kept_waiting_too_long_is_refused_as_busy_with_nothing_saved_and_goes_through_once_the_lock_is_gone()
    {
        var folder = Directory.CreateTempSubdirectory("trithuc-busy-");
        var database = Path.Combine(folder.FullName, "registry.db");
        using var plugins = PluginFolder.WithModules("Registry");
        // Microsoft.Data.Sqlite retries a busy database until the command timeout: one second here instead of thirty.
        await using var host = await TestHost.StartAsync(plugins, $"TriThuc:Modules:Registry:ConnectionString=Data Source={database};Default Timeout=1");
        var administrator = host.Token(Roles.Administrator);
        // The import's unit exists before the lock is taken: its rows pass the check, which takes no lock, and it is the write that waits.
        (await host.GraphQLAsync("""mutation { createUnit(input: { code: "SYT", name: "Sở Y tế", kind: DEPARTMENT, validFrom: "2020-01-01" }) { id } }""",
            token: administrator)).TryGetProperty("errors", out _).Should().BeFalse();

        await using (var importer = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await importer.OpenAsync();
            await using var transaction = await importer.BeginTransactionAsync(); // BEGIN IMMEDIATE: the write lock, as an import holds it

            await SaveAndImportAreRefusedAsBusyAsync(host, administrator);
        }

        var again = await host.GraphQLAsync(CreateUnit, token: administrator);
        again.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        folder.Delete(recursive: true);
    }

    [PostgresFact]
    public async Task On_postgresql_a_save_kept_waiting_too_long_by_an_import_is_refused_as_busy_with_nothing_saved_and_goes_through_once_it_is_gone()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            using var plugins = PluginFolder.WithModules("Registry");
            // A save waits for the audit chain at most two thirds of the command timeout: two seconds here instead of twenty.
            await using var host = await TestHost.StartOnAsync(plugins, database + ";Command Timeout=3");
            var administrator = host.Token(Roles.Administrator);
            (await host.GraphQLAsync("""mutation { createUnit(input: { code: "SYT", name: "Sở Y tế", kind: DEPARTMENT, validFrom: "2020-01-01" }) { id } }""",
                token: administrator)).TryGetProperty("errors", out _).Should().BeFalse();

            await using (var importer = new NpgsqlConnection(database))
            {
                await importer.OpenAsync();
                await using var transaction = await importer.BeginTransactionAsync();
                await using (var hold = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('trithuc-audit-chain:registry', 0))", importer, transaction))
                {
                    await hold.ExecuteNonQueryAsync(); // the Registry's audit chain, as an import's write pass holds it
                }

                await SaveAndImportAreRefusedAsBusyAsync(host, administrator);
            }

            var again = await host.GraphQLAsync(CreateUnit, token: administrator);
            again.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
            (await host.GraphQLAsync("{ intellectuals(first: 0) { totalCount } }", token: administrator))
                .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32().Should().Be(0, "the refused import saved nothing");
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    /// <summary>While another writer holds the lock: a save and an import are refused as BUSY with a message to try again.</summary>
    private static async Task SaveAndImportAreRefusedAsBusyAsync(TestHost host, string administrator)
    {
        var refused = await host.GraphQLAsync(CreateUnit, token: administrator);

        using var import = new HttpRequestMessage(HttpMethod.Post, "/api/registry/import/intellectuals?fileName=list.csv")
        {
            Content = new StringContent(RegistryHost.PeopleCsvHeader + "\r\nLò Thị Mai,Nữ,01/01/1990,Thái,,,,,SYT,Chuyên viên,Giáo dục,Có,Không\r\n", Encoding.UTF8, "text/csv"),
        };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Token(Roles.Editor, "Registry"));
        using var importRefused = await host.Client.SendAsync(import);

        refused.FirstError().Code.Should().Be("BUSY", refused.ToString());
        refused.FirstError().Message.Should().Contain("Hãy thử lại");
        importRefused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await importRefused.Content.ReadAsStringAsync()).Should().Contain("\"BUSY\"");
    }
}
