using Npgsql;

namespace TriThuc.Testing;

/// <summary>
/// The PostgreSQL server tests may use, from <c>TRITHUC_TEST_POSTGRES</c> (a connection string whose role may
/// create databases); <c>.ci/run</c> starts one and sets it. Each caller gets a fresh database, dropped after.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "TRITHUC_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsAvailable => ConnectionString is not null;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException($"Set {Variable} to a PostgreSQL connection string to run this test.");
        var name = $"trithuc_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        // Many test hosts run at once, each with a pool per module schema: keep pools small and short-lived so
        // that the server's connection limit (100 by default) is never reached.
        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 8, ConnectionIdleLifetime = 15 }.ToString();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // An autovacuum worker is in the database (after a test's bulk inserts), and a role without
                // pg_signal_backend may not end it (.ci/run grants it): it finishes in moments.
                await Task.Delay(250);
            }
        }
    }
}
