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
/// stage rows in a file of its own before the write lock is taken.
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
        await WriteAuditedAsync(db, records, user, now, end, cancellationToken);
    }

    internal static IEntityType EntityTypeOf<T>(DbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");

    /// <summary>
    /// Stamps the records as created now by the user and writes them with their audit entries, linked into the chain after
    /// <paramref name="end"/> (nothing else may append to it meanwhile); returns where the chain then ends.
    /// </summary>
    private static async Task<ChainEnd> WriteAuditedAsync<T>(DbContext db, IReadOnlyCollection<T> records, ICurrentUser user, DateTimeOffset now,
        ChainEnd end, CancellationToken cancellationToken)
        where T : Entity
    {
        await RefuseRestrictedAsync(db, records, cancellationToken);
        var (entityType, auditType, chain) = (EntityTypeOf<T>(db), EntityTypeOf<AuditEntry>(db), AuditChain.Of(db));
        var who = Stamp(records, user, now);
        return await WriteDescribingAsync(entityType, auditType, chain, records, who, now, end,
            () => WriteAsync(db, entityType, records, cancellationToken), entries => WriteAsync(db, auditType, entries, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Writes stamped new records and then their audit entries, linked into the chain after <paramref name="end"/>; returns
    /// where the chain then ends. The entries only read the records: they are described and linked on the other core
    /// while the records are written.
    /// </summary>
    internal static async Task<ChainEnd> WriteDescribingAsync<T>(IEntityType entityType, IEntityType auditType, AuditChain chain,
        IReadOnlyCollection<T> records, Creator who, DateTimeOffset now, ChainEnd end, Func<Task> writeRecords, Func<List<AuditEntry>, Task> writeEntries,
        CancellationToken cancellationToken)
        where T : Entity
    {
        var describing = Task.Run(() =>
        {
            var entries = AuditTrail.DescribeCreated(entityType, records, who.UserId, who.RequestId, now).ToList();
            return (Entries: entries, End: chain.Link(auditType, entries, end));
        }, cancellationToken);
        await Task.WhenAll(Started(writeRecords), describing); // both ended, whichever failed: nothing outlives the write
        await writeEntries(describing.Result.Entries);
        return describing.Result.End;
    }

    /// <summary>The work's task, a failed one also when it throws before its first await (a write that is not async), so that it is awaited beside the other.</summary>
    private static Task Started(Func<Task> work)
    {
        try
        {
            return work();
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    /// <summary>Refuses records that name a person whose processing is restricted (the save interceptor's rule, <see cref="RestrictedProcessing"/>).</summary>
    internal static async Task RefuseRestrictedAsync<T>(DbContext db, IReadOnlyCollection<T> records, CancellationToken cancellationToken)
        where T : Entity
    {
        if (ModuleSaveChangesInterceptor.Of(db) is { } saves)
        {
            await saves.RefuseRestrictedAsync(db, records, cancellationToken);
        }
    }

    /// <summary>Stamps the records as created now by the user; returns who, read once (the request's user is worked out from its claims on every read).</summary>
    internal static Creator Stamp<T>(IReadOnlyCollection<T> records, ICurrentUser user, DateTimeOffset now)
        where T : Entity
    {
        var who = new Creator(user.Id, user.RequestId);
        foreach (var record in records)
        {
            record.CreatedAt = now;
            record.CreatedBy = who.UserId;
        }

        return who;
    }

    /// <summary>Writes the rows into their table.</summary>
    internal static async Task WriteAsync<T>(DbContext db, IEntityType entityType, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var (table, columns) = (TableOf(entityType), ColumnsOf(entityType));
        var sql = db.GetService<ISqlGenerationHelper>();
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var started = Stopwatch.GetTimestamp();
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && SqliteInsert.CanWrite(columns))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SqliteInsertOf(db, entityType).Write(sqlite, rows);
            LogWritten(db, table.DisplayName(), rows.Count, "SQLite", started);
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
        LogWritten(db.GetService<ILoggerFactory>().CreateLogger(typeof(BulkInsert)), table, rows, path, started);

    /// <inheritdoc cref="LogWritten(DbContext, string, int, string, long)"/>
    internal static void LogWritten(ILogger log, string table, int rows, string path, long started) =>
        log.LogDebug("Bulk insert of {Rows} rows into {Table} through {Path} in {ElapsedMs:0.0} ms", rows, table, path,
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

    /// <summary>
    /// An INSERT of the rows of an entity, or of a table shaped as its table (<paramref name="target"/>, a name already
    /// quoted: <see cref="SqliteStaging{T}"/>), run per row through SQLite's C API on whichever connection it is given.
    /// Worked out from the model once, it needs nothing of the context afterwards, so it may write on another thread.
    /// </summary>
    internal static SqliteInsert SqliteInsertOf(DbContext db, IEntityType entityType, string? target = null)
    {
        var (table, columns) = (TableOf(entityType), ColumnsOf(entityType));
        if (!SqliteInsert.CanWrite(columns))
        {
            throw new NotSupportedException($"{entityType.ClrType.Name} has values of types {nameof(SqliteRowWriter)} does not bind.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        target ??= sql.DelimitIdentifier(table.Name, table.Schema);
        return new SqliteInsert(target, $"INSERT INTO {target} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})",
            columns);
    }

    private static StoreObjectIdentifier TableOf(IEntityType entityType) => StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());

    private static List<Column> ColumnsOf(IEntityType entityType)
    {
        if (entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || entityType.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new NotSupportedException($"{entityType.ClrType.Name} has owned or shadow values, which bulk inserts do not write.");
        }

        var table = TableOf(entityType);
        return [.. entityType.GetProperties().Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter()))];
    }

    /// <summary>Who creates records: the user and the request, read once for a whole import.</summary>
    internal readonly record struct Creator(string UserId, string? RequestId);

    /// <summary>An INSERT of one row of <paramref name="Columns"/> into <paramref name="Table"/>, compiled and run per row through <see cref="SqliteRowWriter"/>.</summary>
    internal sealed record SqliteInsert(string Table, string Sql, IReadOnlyList<Column> Columns)
    {
        public static bool CanWrite(IEnumerable<Column> columns) =>
            columns.All(c => SqliteRowWriter.CanBind(c.TypeMapping.Converter?.ProviderClrType ?? c.Property.ClrType));

        public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

        public void Write<T>(SqliteConnection connection, IEnumerable<T> rows)
            where T : class
        {
            using var writer = new SqliteRowWriter(connection, Sql);
            var values = new object?[Columns.Count];
            foreach (var row in rows)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Columns[i].ProviderValue(row);
                }

                try
                {
                    writer.Insert(values);
                }
                catch (SqliteException error)
                {
                    throw new DbUpdateException($"Bulk insert into {Table} failed.", error);
                }
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

    internal sealed record Column(IProperty Property, string Name, RelationalTypeMapping TypeMapping, IClrPropertyGetter Getter)
    {
        /// <summary>The row's value as the database stores it, through the model's value converter; null for NULL.</summary>
        public object? ProviderValue(object row) => Getter.GetClrValue(row) is { } value
            ? TypeMapping.Converter is { } converter ? converter.ConvertToProvider(value) : value
            : null;
    }
}
