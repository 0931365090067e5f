using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Identity;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Inserts many new records, stamped and audited exactly as SaveChanges would do it, for imports of tens of
/// thousands of rows: through SaveChanges each record costs about 0.1 ms of change tracking, one statement
/// and an audit entry built by reflection. Columns, names and value conversions come from the EF Core model,
/// so it writes what EF Core would on either provider: on SQLite one compiled INSERT run per row through
/// SQLite's C API (<see cref="SqliteRowWriter"/>), on PostgreSQL one binary COPY per table
/// (<see cref="PostgresCopyWriter"/>). Only inside a
/// transaction, so that a failure leaves nothing half-saved. <see cref="SqliteStaging{T}"/> uses the same pieces to
/// stage rows in TEMP tables before the write lock is taken.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(ModuleDbContext db, IReadOnlyCollection<T> records, ICurrentUser user, DateTimeOffset now, CancellationToken cancellationToken)
        where T : Entity
    {
        Imports.ImportRunner.RefuseWriteWhileChecking();
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk inserts run only inside a transaction, so that a failure leaves nothing half-saved.");
        }

        if (records.Count == 0)
        {
            return;
        }

        var end = await AuditChain.EndAsync(db, EntityTypeOf<AuditEntry>(db), cancellationToken);
        await WriteAuditedAsync(db, records, user, now, end, intoTables: null, cancellationToken);
    }

    internal static IEntityType EntityTypeOf<T>(DbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");

    /// <summary>
    /// Stamps the records as created now by the user and writes them with their audit entries, linked into the chain after
    /// <paramref name="end"/> (nothing else may append to it meanwhile), into their tables or, given
    /// <paramref name="intoTables"/>, into those TEMP tables (<see cref="SqliteStaging{T}"/>); returns where the chain then ends.
    /// The audit entries only read the records: they are described and linked on the other core while the records are written.
    /// </summary>
    internal static async Task<ChainEnd> WriteAuditedAsync<T>(DbContext db, IReadOnlyCollection<T> records, ICurrentUser user, DateTimeOffset now,
        ChainEnd end, (string Records, string Entries)? intoTables, CancellationToken cancellationToken)
        where T : Entity
    {
        if (ModuleSaveChangesInterceptor.Of(db) is { } saves)
        {
            await saves.RefuseRestrictedAsync(db, records, cancellationToken);
        }

        var (entityType, auditType, chain) = (EntityTypeOf<T>(db), EntityTypeOf<AuditEntry>(db), AuditChain.Of(db));
        var (changedBy, requestId) = (user.Id, user.RequestId); // read once: the request's user is worked out from its claims on every read
        foreach (var record in records)
        {
            record.CreatedAt = now;
            record.CreatedBy = changedBy;
        }

        var describing = Task.Run(() =>
        {
            var entries = AuditTrail.DescribeCreated(entityType, records, changedBy, requestId, now).ToList();
            return (Entries: entries, End: chain.Link(auditType, entries, end));
        }, cancellationToken);
        await Task.WhenAll(WriteAsync(db, entityType, records, cancellationToken, intoTables?.Records), describing);
        await WriteAsync(db, auditType, describing.Result.Entries, cancellationToken, intoTables?.Entries);
        return describing.Result.End;
    }

    /// <summary>
    /// Writes the rows into their table, or, given <paramref name="intoTable"/>, into that table of SQLite's TEMP schema
    /// (shaped as the entity's table: <see cref="SqliteStaging{T}"/>).
    /// </summary>
    internal static async Task WriteAsync<T>(DbContext db, IEntityType entityType, IReadOnlyCollection<T> rows, CancellationToken cancellationToken,
        string? intoTable = null)
        where T : class
    {
        if (entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || entityType.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new NotSupportedException($"{entityType.ClrType.Name} has owned or shadow values, which bulk inserts do not write.");
        }

        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var target = intoTable is null ? sql.DelimitIdentifier(table.Name, table.Schema) : "temp." + sql.DelimitIdentifier(intoTable);
        var insert = $"INSERT INTO {target} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var started = Stopwatch.GetTimestamp();
        var sqlite = db.Database.GetDbConnection() as SqliteConnection;
        var bindable = columns.All(c => SqliteRowWriter.CanBind(c.TypeMapping.Converter?.ProviderClrType ?? c.Property.ClrType));
        if (intoTable is not null && (sqlite is null || !bindable))
        {
            throw new NotSupportedException($"Only SQLite stages rows, and only of types {nameof(SqliteRowWriter)} binds ({entityType.ClrType.Name}).");
        }

        if (sqlite is not null && bindable)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteThroughSqlite(sqlite, insert + "(" + string.Join(", ", columns.Select(_ => "?")) + ")", table.Name, columns, rows);
            LogWritten(db, intoTable is null ? table.DisplayName() : "temp." + intoTable, rows.Count, "SQLite", started);
            return;
        }

        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            // COPY is not an EF Core command: it gets the timeout a command would (the context's, else the connection
            // string's), and its log line below.
            var timeout = TimeSpan.FromSeconds(db.Database.GetCommandTimeout() ?? postgres.CommandTimeout);
            await WriteThroughCopyAsync(postgres, sql.DelimitIdentifier(table.Name, table.Schema), columns, rows, sql, timeout, cancellationToken);
            LogWritten(db, table.DisplayName(), rows.Count, "COPY", started);
            return;
        }

        // SQLite, for a table with a type SqliteRowWriter does not bind: one statement compiled once and run per row.
        await using var command = await PrepareAsync(db, insert, columns, cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException error)
            {
                // As SaveChanges reports it, so that callers recognise a unique index's refusal (UniqueViolation).
                throw new DbUpdateException($"Bulk insert into {table.Name} failed.", error);
            }
        }
    }

    /// <summary>
    /// The fast paths bypass EF Core's command log, so each batch says what it wrote (at Debug, under this class's
    /// category: one line per table and chunk of an import).
    /// </summary>
    internal static void LogWritten(DbContext db, string table, int rows, string path, long started) =>
        db.GetService<ILoggerFactory>().CreateLogger(typeof(BulkInsert)).LogDebug(
            "Bulk insert of {Rows} rows into {Table} through {Path} in {ElapsedMs:0.0} ms", rows, table, path,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    private static async Task WriteThroughCopyAsync<T>(NpgsqlConnection connection, string table, IReadOnlyList<Column> columns, IEnumerable<T> rows,
        ISqlGenerationHelper sql, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        var values = new object?[columns.Count];
        try
        {
            await using var writer = await PostgresCopyWriter.StartAsync(connection, table, [.. columns.Select(c => sql.DelimitIdentifier(c.Name))],
                [.. columns.Select(c => c.TypeMapping.StoreTypeNameBase)], timeout, cancellationToken);
            foreach (var row in rows)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = columns[i].ProviderValue(row);
                }

                await writer.WriteAsync(values, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }
        catch (PostgresException error)
        {
            throw new DbUpdateException($"Bulk insert into {table} failed.", error);
        }
    }

    private static void WriteThroughSqlite<T>(SqliteConnection connection, string insert, string table, IReadOnlyList<Column> columns, IEnumerable<T> rows)
        where T : class
    {
        using var writer = new SqliteRowWriter(connection, insert);
        var values = new object?[columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = columns[i].ProviderValue(row);
            }

            try
            {
                writer.Insert(values);
            }
            catch (SqliteException error)
            {
                throw new DbUpdateException($"Bulk insert into {table} failed.", error);
            }
        }
    }

    /// <summary>An INSERT of one row, its parameters typed by the model, compiled once to be run many times.</summary>
    private static async Task<DbCommand> PrepareAsync(DbContext db, string insert, IReadOnlyList<Column> columns, CancellationToken cancellationToken)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        for (var column = 0; column < columns.Count; column++)
        {
            command.Parameters.Add(columns[column].TypeMapping.CreateParameter(command, $"@p{column}", null, columns[column].Property.IsNullable));
        }

        command.CommandText = insert + "(" + string.Join(", ", columns.Select((_, i) => $"@p{i}")) + ")";
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping TypeMapping, IClrPropertyGetter Getter)
    {
        /// <summary>The row's value as the database stores it, through the model's value converter; null for NULL.</summary>
        public object? ProviderValue(object row) => Getter.GetClrValue(row) is { } value
            ? TypeMapping.Converter is { } converter ? converter.ConvertToProvider(value) : value
            : null;
    }
}
