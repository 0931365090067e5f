namespace TriThuc.Host.Data;

/// <summary>
/// Makes a database ready at start-up, the same way for the host's own and for every module's: the
/// SQLite file's folder created (or the PostgreSQL schema), migrations applied, write-ahead logging on,
/// append-only tables protected.
/// </summary>
internal static class DatabasePreparation
{
    /// <param name="migrate">
    /// Apply pending migrations. When false (several hosts share the database, and `migrate` runs once per
    /// release), a database that is not up to date stops start-up instead.
    /// </param>
    public static async Task PrepareAsync(
        DbContext db, ModuleDatabaseSettings settings, IEnumerable<string> appendOnlyTables, bool migrate, CancellationToken cancellationToken)
    {
        var sqlite = settings.Provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (IsFile(file))
            {
                var path = Path.GetFullPath(file);
                if (Path.GetDirectoryName(path) is { } folder)
                {
                    PrivateFiles.CreateFolder(folder);
                }

                PrivateFiles.RestrictDatabaseFile(path);
            }
        }

        if (!migrate)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database ({settings.Describe()}) lacks {pending.Count} migration(s), e.g. {pending[0]}: " +
                    "run `dotnet run --project src/Host -- migrate` (or set TriThuc:Database:MigrateAtStartup=true).");
            }

            return;
        }

        if (settings.Provider == DatabaseProvider.Postgres)
        {
            // The module's schema must exist before EF Core looks for its migrations history table there.
#pragma warning disable EF1002 // The schema name is the module's name, from code, quoted.
            await db.Database.ExecuteSqlRawAsync($"CREATE SCHEMA IF NOT EXISTS \"{settings.Schema.Replace("\"", "\"\"")}\"", cancellationToken);
#pragma warning restore EF1002
        }

        if (!db.Database.GetMigrations().Any())
        {
            throw new InvalidOperationException(
                $"{db.GetType().Name} has no migrations for {settings.Provider}: the module must be rebuilt with migrations for this database (tools/add-migration.sh).");
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await AppendOnlyTables.ProtectAsync(db, appendOnlyTables, cancellationToken);
    }

    private static bool IsFile(string dataSource) =>
        !string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
