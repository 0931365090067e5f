using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Postgres;

/// <summary>
/// The pool does not reset a module's connection between two queries of one request (no DISCARD ALL each time EF Core
/// closes it). Npgsql sends that reset on its own, not as a command, so no statement count sees it; what it does is
/// seen: it clears the session, so a setting made by one query is gone for the next on the same connection. A pool of
/// one connection makes "the same connection" certain (with several, the next open may get another one).
/// </summary>
public sealed class PooledConnectionTests
{
    [PostgresFact]
    public async Task A_modules_connection_keeps_its_session_from_one_query_to_the_next()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            using var plugins = PluginFolder.With("Greeting");
            await using var host = await TestHost.StartOnAsync(plugins, database);
            var module = host.App.Services.GetRequiredService<TriThuc.Host.Plugins.ModuleCatalog>().Modules.Single(m => m.Name == "Greeting");
            await using var scope = host.App.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);

            // EF Core opens and closes the connection around each query. Through a pool of one connection, built on the
            // module's own connection string, the second open gets back the session the first left: kept as it was, or
            // reset. The same string with the reset switched back on shows what the pool would otherwise do.
            var settings = db.Database.GetConnectionString()!;
            (await ProbeAsync(settings, noResetOnClose: null)).Should().Be("kept", "the module's connection string keeps a pooled session as it was (No Reset On Close)");
            (await ProbeAsync(settings, noResetOnClose: false)).Should().BeNullOrEmpty("with the reset on, DISCARD ALL clears the session each time the connection is closed");
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    /// <summary>Sets a session value on one pooled connection, closes it, opens it again and reads the value back.</summary>
    private static async Task<string?> ProbeAsync(string connectionString, bool? noResetOnClose)
    {
        var single = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 };
        if (noResetOnClose is { } value)
        {
            single.NoResetOnClose = value;
        }

        await using (var first = new NpgsqlConnection(single.ConnectionString))
        {
            await first.OpenAsync();
            await using var set = new NpgsqlCommand("SELECT set_config('trithuc.probe', 'kept', false)", first);
            await set.ExecuteScalarAsync();
        }

        await using var second = new NpgsqlConnection(single.ConnectionString);
        await second.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT current_setting('trithuc.probe', true)", second);
        var seen = await read.ExecuteScalarAsync() as string;
        NpgsqlConnection.ClearPool(second);
        return seen;
    }
}
