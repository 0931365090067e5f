using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Postgres;

/// <summary>
/// The pool does not reset a module's connection between two queries of one request (no DISCARD ALL each time EF Core
/// closes it). Npgsql sends that reset on its own, not as a command, so no statement count sees it; what it does is
/// seen: it clears the session, so a setting made by one query is gone for the next on the same connection.
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

            // The outbox dispatcher may take the pooled connection between two queries, so a few tries: with a reset
            // on every close the setting is never there, however the pool hands connections out.
            var kept = 0;
            for (var i = 0; i < 5; i++)
            {
                var probe = $"kept-{i}";
                await db.Database.SqlQueryRaw<string>("SELECT set_config('trithuc.probe', {0}, false) AS \"Value\"", probe).ToListAsync();
                var seen = await db.Database.SqlQueryRaw<string>("SELECT current_setting('trithuc.probe', true) AS \"Value\"").ToListAsync();
                kept += seen.Single() == probe ? 1 : 0;
            }

            kept.Should().BeGreaterThan(0, "EF Core closes the connection after each query; the pool must hand it back without DISCARD ALL");
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }
}
