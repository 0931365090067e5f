namespace TriThuc.Host.Configuration;

/// <summary>The platform's database ("TriThuc:Database"): SQLite files by default, or one PostgreSQL database shared by every module.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For PostgreSQL: the database every module (and the host) uses, each in its own schema. Not used for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. Off when several hosts share a database and `migrate` runs once per release instead.</summary>
    public bool MigrateAtStartup { get; set; } = true;
}
