namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// Where a module's data lives. SQLite is the embedded default: one file per module. On PostgreSQL,
/// modules may share one database; each then lives in its own schema, <see cref="Schema"/>, with its
/// own migrations history table.
/// </summary>
public sealed record ModuleDatabaseSettings(DatabaseProvider Provider, string ConnectionString, string Schema = "")
{
    /// <summary>
    /// The connection string the module's DbContext uses: on PostgreSQL, bound to the module's schema, and with
    /// pooled connections not reset between one request's queries (below) unless the operator's string says otherwise.
    /// </summary>
    public string EffectiveConnectionString => Provider == DatabaseProvider.Postgres ? PostgresConnectionString() : ConnectionString;

    private string PostgresConnectionString()
    {
        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        if (Schema.Length > 0)
        {
            postgres.SearchPath = Schema;
        }

        // EF Core opens the connection for each query and closes it after, and Npgsql resets a pooled connection each
        // time it is closed: a DISCARD ALL that the server runs before the next query, three or more per GraphQL request.
        // The reset clears session state, and the platform leaves none behind: the schema is a start-up parameter of
        // this string (a reset keeps it), advisory locks are taken per transaction (pg_advisory_xact_lock), nothing
        // uses SET (only SET LOCAL, which ends with its transaction), temporary tables, LISTEN or hand-prepared
        // statements, and Npgsql still rolls back a transaction left open when the connection returns to the pool. Each module's string names its schema, so modules never share
        // a pooled connection. Keeping the connection open for the whole request instead would hold a pool slot through
        // GraphQL's own work, for no further gain: a reopen without reset is a look-up in the pool, no round trip.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            postgres.NoResetOnClose = true;
        }

        return postgres.ToString();
    }

    /// <summary>A description for logs and the start-up table, without secrets.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        DatabaseProvider.Postgres => new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) is var pg
            ? $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database} schema {Schema}"
            : "",
        _ => Provider.ToString(),
    };
}
