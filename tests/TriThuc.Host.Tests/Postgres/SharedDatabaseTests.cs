using Npgsql;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Postgres;

/// <summary>Several hosts on one PostgreSQL database, as a scaled-out deployment runs them.</summary>
public sealed class SharedDatabaseTests
{
    [PostgresFact]
    public async Task Two_hosts_on_one_database_deliver_every_event_exactly_once()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            using var plugins = PluginFolder.With("Greeting", "Echo");
            await using var first = await TestHost.StartOnAsync(plugins, database);
            await using var second = await TestHost.StartOnAsync(plugins, database);
            const int greetings = 40;
            for (var i = 0; i < greetings; i++)
            {
                var host = i % 2 == 0 ? first : second;
                await host.GraphQLAsync($"mutation {{ sendGreeting(text: \"Chào lần {i}\") {{ id }} }}", token: host.Token(Roles.Editor, "Greeting"));
            }

            var echoes = await Eventually.ValueAsync(() => CountAsync(database, "echo", "SELECT COUNT(*) FROM \"Echoes\""), n => n >= greetings);
            await Task.Delay(TimeSpan.FromSeconds(1)); // long enough for a second delivery of any message to land, if there were one

            (await CountAsync(database, "echo", "SELECT COUNT(*) FROM \"Echoes\"")).Should().Be(greetings);
            (await CountAsync(database, "echo", "SELECT COUNT(DISTINCT \"GreetingId\") FROM \"Echoes\"")).Should().Be(greetings);
            (await CountAsync(database, "greeting", "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL")).Should().Be(0);
            (await CountAsync(database, "greeting", "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"Attempts\" > 0 OR \"LastError\" IS NOT NULL"))
                .Should().Be(0, "no host ever raced another over a message");
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [PostgresFact]
    public async Task Each_module_lives_in_its_own_schema_with_its_own_migrations_history()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            using var plugins = PluginFolder.With("Greeting", "Echo");
            await using (await TestHost.StartOnAsync(plugins, database))
            {
            }

            foreach (var schema in new[] { "greeting", "echo", "platform" })
            {
                (await CountAsync(database, schema, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"")).Should().BeGreaterThan(0, schema);
            }

            (await CountAsync(database, "public", "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")).Should().Be(0);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [PostgresFact]
    public async Task The_database_itself_refuses_to_change_an_audit_entry()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            using var plugins = PluginFolder.With("Greeting");
            await using var host = await TestHost.StartOnAsync(plugins, database);
            await host.GraphQLAsync("mutation { sendGreeting(text: \"Ghi vết\") { id } }", token: host.Token(Roles.Editor, "Greeting"));

            foreach (var tamper in new[] { "UPDATE \"AuditEntries\" SET \"ChangedBy\" = 'x'", "DELETE FROM \"AuditEntries\"", "TRUNCATE \"AuditEntries\"" })
            {
                var act = () => CountAsync(database, "greeting", tamper);
                (await act.Should().ThrowAsync<PostgresException>(tamper)).Which.MessageText.Should().Contain("append-only");
            }
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    private static async Task<long> CountAsync(string database, string schema, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { SearchPath = schema }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }
}
