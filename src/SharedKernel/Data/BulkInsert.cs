using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Identity;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Inserts many new records, stamped and audited exactly as SaveChanges would do it, for imports of tens of
/// thousands of rows: through SaveChanges each record costs about 0.1 ms of change tracking, one statement
/// and an audit entry built by reflection. Columns, names and value conversions come from the EF Core model,
/// so it writes what EF Core would on either provider: on SQLite one compiled INSERT run per row through
/// SQLite's C API (<see cref="SqliteRowWriter"/>), on PostgreSQL multi-row INSERT statements. Only inside a
/// transaction, so that a failure leaves nothing half-saved.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Rows per statement through ADO.NET: PostgreSQL pays a round trip per statement, so it gets many rows in
    /// one; SQLite (for a table with a type <see cref="SqliteRowWriter"/> does not bind) runs in-process, where a
    /// statement compiled once and run per row is fastest, and Microsoft.Data.Sqlite finds each parameter by
    /// name, which grows with the square of their number.
    /// </summary>
    private static int RowsPerStatement(DatabaseFacade database) => database.IsSqlite() ? 1 : 100;

    public static async Task InsertAsync<T>(ModuleDbContext db, IReadOnlyCollection<T> records, ICurrentUser user, DateTimeOffset now, CancellationToken cancellationToken)
        where T : Entity
    {
        Imports.ImportRunner.RefuseWriteWhileChecking();
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk inserts run only inside a transaction, so that a failure leaves nothing half-saved.");
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        foreach (var record in records)
        {
            record.CreatedAt = now;
            record.CreatedBy = user.Id;
        }

        // The audit entries only read the records: they are described on the other core while the records are written.
        var (changedBy, requestId) = (user.Id, user.RequestId);
        var describing = Task.Run(() => AuditTrail.DescribeCreated(entityType, records, changedBy, requestId, now).ToList(), cancellationToken);
        await Task.WhenAll(WriteAsync(db, entityType, records, cancellationToken), describing);
        var auditType = db.Model.FindEntityType(typeof(AuditEntry))!;
        await AuditChain.Of(db).LinkAsync(db, auditType, describing.Result, cancellationToken);
        await WriteAsync(db, auditType, describing.Result, cancellationToken);
    }

    private static async Task WriteAsync<T>(DbContext db, IEntityType entityType, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
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
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && columns.All(c => SqliteRowWriter.CanBind(c.TypeMapping.Converter?.ProviderClrType ?? c.Property.ClrType)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteThroughSqlite(sqlite, insert + "(" + string.Join(", ", columns.Select(_ => "?")) + ")", table.Name, columns, rows);
            return;
        }

        var rowsPerStatement = RowsPerStatement(db.Database);
        var batches = rows.Chunk(rowsPerStatement).ToList();
        if (batches.Count == 0)
        {
            return;
        }

        // Every batch but the last is full and runs the same compiled statement; the last may be shorter.
        await using var full = await PrepareAsync(db, insert, columns, batches[0].Length, cancellationToken);
        await using var shorter = batches[^1].Length == batches[0].Length ? null : await PrepareAsync(db, insert, columns, batches[^1].Length, cancellationToken);
        foreach (var batch in batches)
        {
            var command = batch.Length == batches[0].Length ? full : shorter!;
            var parameter = 0;
            foreach (var row in batch)
            {
                foreach (var column in columns)
                {
                    command.Parameters[parameter++].Value = column.ProviderValue(row) ?? DBNull.Value;
                }
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

    /// <summary>An INSERT of <paramref name="rows"/> rows, its parameters typed by the model, compiled once to be run many times.</summary>
    private static async Task<DbCommand> PrepareAsync(DbContext db, string insert, IReadOnlyList<Column> columns, int rows, CancellationToken cancellationToken)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var text = new StringBuilder(insert, insert.Length + (rows * columns.Count * 8));
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
            {
                var name = $"@p{command.Parameters.Count}";
                text.Append(column == 0 ? name : ", " + name);
                command.Parameters.Add(columns[column].TypeMapping.CreateParameter(command, name, null, columns[column].Property.IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
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
