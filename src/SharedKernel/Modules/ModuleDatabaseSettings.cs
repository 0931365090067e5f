namespace TriThuc.SharedKernel.Modules;

/// <summary>Where a module's data lives. SQLite is the embedded default: one file per module.</summary>
public sealed record ModuleDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>A description for logs and the start-up table, without secrets.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => Provider.ToString(),
    };
}

public enum DatabaseProvider
{
    Sqlite,
}
