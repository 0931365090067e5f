namespace TriThuc.Host.Data;

/// <summary>
/// Makes a database ready at start-up, the same way for the host's own and for every module's: the SQLite file's folder
/// created (or the PostgreSQL schema) and what an import stopped with its host had staged beside the file removed,
/// migrations applied, write-ahead logging on, append-only tables protected, their rows written before chains existed
/// chained once (<see cref="AuditChain"/>), and a protecting trigger found missing (dropped since the last start) named
/// in the log as it is put back.
/// </summary>
internal static class DatabasePreparation
{
    /// <param name="migrate">
    /// Apply pending migrations. When false (several hosts share the database, and `migrate` runs once per
    /// release), a database that is not up to date stops start-up instead.
    /// </param>
    public static async Task PrepareAsync(
        DbContext db, ModuleDatabaseSettings settings, IEnumerable<string> appendOnlyTables, bool migrate, CancellationToken cancellationToken, ILogger? logger = null)
    {
        var sqlite = settings.Provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            if (SqliteStagingFiles.DatabaseFileOf(settings.ConnectionString) is { } path)
            {
                if (Path.GetDirectoryName(path) is { } folder)
                {
                    PrivateFiles.CreateFolder(folder);
                }

                PrivateFiles.RestrictDatabaseFile(path);
                foreach (var leftover in SqliteStagingFiles.RemoveLeftovers(path))
                {
                    logger?.LogWarning("Removed {File}, what an import had staged when its host stopped; the import was not written and may be sent again", leftover);
                }
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

            await AuditChain.Of(db).RefuseForeignChainsAsync(db, settings.Describe(), cancellationToken);
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

        var tables = appendOnlyTables.ToList();
        foreach (var table in await AppendOnlyTables.UnprotectedAsync(db, tables, cancellationToken))
        {
            logger?.LogWarning(
                "The append-only table {Table} of {Database} had lost its protecting trigger since the last start; it is put back now. Run `verify-audit` to see whether rows were changed meanwhile",
                table, settings.Describe());
        }

        var chain = AuditChain.Of(db);
        await chain.RefuseForeignChainsAsync(db, settings.Describe(), cancellationToken);
        foreach (var type in AuditChain.ChainedTypes(db))
        {
            if (await chain.ChainExistingRowsAsync(db, type, cancellationToken) is > 0 and var count)
            {
                logger?.LogInformation("Chained {Count} rows of {Table} written before the audit chain existed ({Database})", count, type.GetTableName(), settings.Describe());
            }
        }

        await AppendOnlyTables.ProtectAsync(db, tables, cancellationToken);
    }
}
