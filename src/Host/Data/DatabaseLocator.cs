using Microsoft.Data.Sqlite;

namespace TriThuc.Host.Data;

/// <summary>
/// Says where each module's data, and the host's own, live: a SQLite file named after it in the data folder,
/// or a schema named after it in the PostgreSQL database (one shared, unless a module names its own).
/// </summary>
internal sealed class DatabaseLocator(PlatformOptions options, string dataPath)
{
    public const string PlatformSchema = "platform";

    public ModuleDatabaseSettings ForModule(string moduleName)
    {
        var settings = options.ModuleSettings(moduleName);
        return Locate(settings.Provider ?? options.Database.Provider, settings.ConnectionString, moduleName.ToLowerInvariant());
    }

    public ModuleDatabaseSettings ForPlatform() => Locate(options.Database.Provider, options.PlatformDatabase, PlatformSchema);

    private ModuleDatabaseSettings Locate(DatabaseProvider provider, string? ownConnectionString, string name)
    {
        // An empty setting (TriThuc__Modules__X__ConnectionString=) means "not set", never an empty connection string.
        ownConnectionString = string.IsNullOrWhiteSpace(ownConnectionString) ? null : ownConnectionString;
        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = ownConnectionString
                ?? (string.IsNullOrWhiteSpace(options.Database.ConnectionString) ? null : options.Database.ConnectionString)
                ?? throw new InvalidOperationException(
                    $"PostgreSQL needs a connection string: set TriThuc:Database:ConnectionString (or TriThuc:Modules:<Name>:ConnectionString) for '{name}'.");
            return new ModuleDatabaseSettings(provider, connectionString, name);
        }

        return new ModuleDatabaseSettings(provider, ownConnectionString
            ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, name + ".db"), Pooling = true }.ToString());
    }
}
