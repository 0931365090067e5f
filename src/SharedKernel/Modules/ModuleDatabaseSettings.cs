namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// Where a module's data lives. SQLite is the embedded default: one file per module. On PostgreSQL,
/// modules may share one database; each then lives in its own schema, <see cref="Schema"/>, with its
/// own migrations history table.
/// </summary>
public sealed record ModuleDatabaseSettings(DatabaseProvider Provider, string ConnectionString, string Schema = "")
{
    /// <summary>The connection string the module's DbContext uses: on PostgreSQL, bound to the module's schema.</summary>
    public string EffectiveConnectionString => Provider == DatabaseProvider.Postgres && Schema.Length > 0
        ? new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = Schema }.ToString()
        : ConnectionString;

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
