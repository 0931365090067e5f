using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Makes each append-only log (<see cref="IChained"/>: audit entries, the access log, review snapshots) tamper-evident:
/// every row carries its place in its table's chain and an HMAC-SHA-256, under the host's chain key, of the table, that
/// place, the previous row's hash and every other column. A row changed, replaced (SQLite's <c>INSERT OR REPLACE</c>
/// gets past the triggers) or deleted no longer fits the chain, and <see cref="VerifyAsync"/> names the first that does
/// not. Whoever can rewrite the database but not read the key cannot forge a chain; whoever holds both can, unless a
/// chain head they cannot rewrite (the host's log, where start-up verification writes each head) says otherwise.
/// Appends are serialised so that concurrent writers never fork a chain: on SQLite by the write lock the saving
/// transaction takes when it begins (BEGIN IMMEDIATE), on PostgreSQL by a transaction-scoped advisory lock per schema.
/// </summary>
public sealed class AuditChain(byte[]? key)
{
    /// <summary>A chain without a key: plain SHA-256 (design-time tools and tests that build a context by hand).</summary>
    public static AuditChain Unkeyed { get; } = new(null);

    /// <summary>
    /// The key file this start created, because none was there (null: the key was configured or found). A database that
    /// already holds chained rows was then written under another key, which is missing (see <see cref="RefuseForeignChainsAsync"/>).
    /// </summary>
    public string? NewKeyFile { get; init; }

    /// <summary>
    /// Stops a start whose key was created just now while the database already holds chained rows: a data folder restored
    /// without its key, or a second host on a shared database without the shared key. Carrying on would read every chain
    /// as broken and append new rows under a key no one can verify the old ones with. The new key file is removed, so that
    /// the next start does not adopt it; the message tells the operator how to mend it.
    /// </summary>
    public async Task RefuseForeignChainsAsync(DbContext db, string databaseName, CancellationToken cancellationToken)
    {
        if (NewKeyFile is not { } file)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var type in ChainedTypes(db))
            {
                var (head, _) = await HeadAsync(db, type, cancellationToken);
                if (head > 0)
                {
                    File.Delete(file);
                    throw new InvalidOperationException(
                        $"The audit chain key was missing and a new one was about to be created ({file}), but {databaseName} already holds " +
                        $"{head} chained rows in {type.GetTableName()}, written under the old key. Restore the key file from the backups of the data folder, " +
                        "or set TriThuc:Audit:ChainKey to the key the other hosts on this database use, then start again. The new key file has been removed.");
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The chain of the context's database, from its save interceptor (the host gives it the key).</summary>
    public static AuditChain Of(DbContext db) => ModuleSaveChangesInterceptor.Of(db)?.Chain ?? Unkeyed;

    /// <summary>The tables of the model whose rows are chained.</summary>
    public static IEnumerable<IEntityType> ChainedTypes(DbContext db) =>
        db.Model.GetEntityTypes().Where(t => typeof(IChained).IsAssignableFrom(t.ClrType)).OrderBy(t => t.GetTableName(), StringComparer.Ordinal);

    /// <summary>
    /// Gives <paramref name="rows"/> (not yet written) their places after the table's last row and their hashes. Runs
    /// inside the transaction that writes them, which then holds the chain until it ends (see the class summary).
    /// </summary>
    public async Task LinkAsync(DbContext db, IEntityType type, IReadOnlyCollection<IChained> rows, CancellationToken cancellationToken)
    {
        if (rows.Count > 0)
        {
            Link(type, rows, await EndAsync(db, type, cancellationToken));
        }
    }

    /// <summary>
    /// Holds the chains and reads where the table's chain ends, for a writer that links its rows (<see cref="Link"/>) away
    /// from the connection, on another thread while the connection writes something else. Nothing else may append to the
    /// table in this transaction between this and writing the linked rows.
    /// </summary>
    public static async Task<ChainEnd> EndAsync(DbContext db, IEntityType type, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Chained rows are linked only inside the transaction that writes them.");
        }

        await LockAsync(db, cancellationToken);
        var (index, hash) = await HeadAsync(db, type, cancellationToken);
        return new ChainEnd(index, hash);
    }

    /// <summary>Gives <paramref name="rows"/> the places after <paramref name="end"/> and their hashes; returns where the chain then ends.</summary>
    public ChainEnd Link(IEntityType type, IEnumerable<IChained> rows, ChainEnd end)
    {
        var (index, previous) = end;
        var content = new ArrayBufferWriter<byte>(2048);
        using var json = new Utf8JsonWriter(content);
        foreach (var row in rows)
        {
            Normalise(type, row);
            row.ChainIndex = ++index;
            row.ChainHash = previous = Hash(type, row, index, previous, content, json);
        }

        return new ChainEnd(index, previous);
    }

    /// <summary>Holds the chains of the database until the current transaction ends, as <see cref="LinkAsync"/> does, for a writer that must read first.</summary>
    public static Task HoldAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null
            ? throw new InvalidOperationException("The chains are held only inside a transaction.")
            : LockAsync(db, cancellationToken);

    /// <summary>
    /// Holds the chains of the database until the transaction ends. SQLite: the transaction began with BEGIN IMMEDIATE,
    /// which already holds the one write lock. PostgreSQL: one advisory lock for every chain of the schema, so that two
    /// saves appending to two logs in opposite orders cannot deadlock. An import's write pass holds it throughout, so a
    /// save waits for it as long as SQLite's saves wait for the write lock (<see cref="SqliteConnectionPragmas.WriteLockWait"/>,
    /// at most two thirds of the command timeout), then is refused as <see cref="DatabaseBusy"/> instead of running into
    /// the command timeout as a fault. <c>SET LOCAL</c> ends with the transaction, so no pooled connection keeps it.
    /// </summary>
    private static async Task LockAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var commandTimeout = db.Database.GetCommandTimeout() ?? ((Npgsql.NpgsqlConnection)db.Database.GetDbConnection()).CommandTimeout;
            var wait = (long)Math.Min(SqliteConnectionPragmas.WriteLockWait.TotalMilliseconds, commandTimeout * 1000L * 2 / 3);
            var sql = "SET LOCAL lock_timeout = " + wait.ToString(CultureInfo.InvariantCulture) +
                "; SELECT pg_advisory_xact_lock(hashtextextended('trithuc-audit-chain:' || current_schema(), 0))";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    internal static async Task<(long Index, string? Hash)> HeadAsync(DbContext db, IEntityType type, CancellationToken cancellationToken)
    {
        await using var command = Command(db,
            $"SELECT \"ChainIndex\", \"ChainHash\" FROM \"{type.GetTableName()}\" WHERE \"ChainIndex\" IS NOT NULL ORDER BY \"ChainIndex\" DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : (0, null);
    }

    private static DbCommand Command(DbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>
    /// Times kept to what both databases store exactly (SQLite keeps a tenth of a millisecond, PostgreSQL a microsecond),
    /// so that the row read back hashes as the row written.
    /// </summary>
    private static void Normalise(IEntityType type, object row)
    {
        foreach (var property in ShapeOf(type).Times)
        {
            var value = property.GetValue(row);
            if (value is DateTimeOffset time)
            {
                property.SetValue(row, new DateTimeOffset(time.UtcTicks - time.UtcTicks % 1000, TimeSpan.Zero));
            }
            else if (value is DateTime dateTime)
            {
                property.SetValue(row, new DateTime(dateTime.Ticks - dateTime.Ticks % 1000, dateTime.Kind));
            }
        }
    }

    /// <summary>The row's hash: the table, its place, the previous hash and every other column by name, as canonical JSON.</summary>
    public string Hash(IEntityType type, object row, long index, string? previous)
    {
        var content = new ArrayBufferWriter<byte>(2048);
        using var json = new Utf8JsonWriter(content);
        return Hash(type, row, index, previous, content, json);
    }

    /// <summary>As <see cref="Hash(IEntityType, object, long, string?)"/>, reusing one buffer and writer for a run of rows.</summary>
    private string Hash(IEntityType type, object row, long index, string? previous, ArrayBufferWriter<byte> content, Utf8JsonWriter json)
    {
        content.ResetWrittenCount();
        json.Reset(content);
        json.WriteStartArray();
        json.WriteStringValue(type.GetTableName());
        json.WriteNumberValue(index);
        json.WriteStringValue(previous ?? "");
        foreach (var (name, property) in ShapeOf(type).Hashed)
        {
            json.WriteStringValue(name);
            WriteCanonical(json, property.GetValue(row));
        }

        json.WriteEndArray();
        json.Flush();
        var bytes = content.WrittenSpan;
        Span<byte> hash = stackalloc byte[32];
        if (key is null)
        {
            SHA256.HashData(bytes, hash);
        }
        else
        {
            HMACSHA256.HashData(key, bytes, hash);
        }

        return Convert.ToHexStringLower(hash);
    }

    /// <summary>What of a table's columns the chain reads (by their names in the model), found once per table rather than once per row.</summary>
    private sealed record Shape((string Name, PropertyInfo Property)[] Hashed, PropertyInfo[] Times);

    /// <summary>Weakly keyed: a model no longer used (a test's host) is not kept alive by its shapes.</summary>
    private static readonly ConditionalWeakTable<IEntityType, Shape> Shapes = new();

    private static Shape ShapeOf(IEntityType type) => Shapes.GetValue(type, static t =>
    {
        var properties = t.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        return new Shape(
            [.. properties.Where(p => p.Name is not nameof(IChained.ChainIndex) and not nameof(IChained.ChainHash))
                .OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Name, p.PropertyInfo!))],
            [.. properties.Where(p => IsTime(Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType)).Select(p => p.PropertyInfo!)]);

        static bool IsTime(Type type) => type == typeof(DateTimeOffset) || type == typeof(DateTime);
    });

    private static void WriteCanonical(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case DateTimeOffset time:
                json.WriteStringValue("t" + (time.UtcTicks / 1000).ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime dateTime:
                json.WriteStringValue("t" + (dateTime.Ticks / 1000).ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly day:
                json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case decimal number:
                json.WriteStringValue(number.ToString("G29", CultureInfo.InvariantCulture));
                break;
            case double number:
                json.WriteStringValue(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                json.WriteStringValue(Convert.ToBase64String(bytes));
                break;
            case Enum choice:
                json.WriteStringValue(choice.ToString());
                break;
            case IFormattable formattable:
                json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>
    /// Chains the rows written before chains existed (the migration that added the columns leaves them empty), once:
    /// only while the table has no chained row, so that a row slipped in later without a place is reported, not
    /// adopted. In the order the rows were written (by id, a time-ordered GUID). The rows are append-only, so their
    /// protection is lifted for this one statement per row and put back by the caller.
    /// </summary>
    public async Task<int> ChainExistingRowsAsync(DbContext db, IEntityType type, CancellationToken cancellationToken)
    {
        var table = type.GetTableName()!;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(db, cancellationToken);
        var (head, _) = await HeadAsync(db, type, cancellationToken);
        if (head > 0)
        {
            return 0;
        }

        var rows = await RowsAsync(db, type, "\"ChainIndex\" IS NULL", cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

#pragma warning disable EF1002 // table and trigger names come from the model, never from input
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS \"{table}_no_update\"", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS \"{table}_no_change\" ON \"{table}\"", cancellationToken);
        }
#pragma warning restore EF1002

        long index = 0;
        string? previous = null;
        var key = type.FindPrimaryKey()!.Properties.Single();
        foreach (var row in rows.OrderBy(r => r is Domain.Entity e ? e.Id : key.PropertyInfo!.GetValue(r) is Guid g ? g : Guid.Empty))
        {
            index++;
            previous = Hash(type, row, index, previous);
            await using var command = Command(db, $"UPDATE \"{table}\" SET \"ChainIndex\" = @index, \"ChainHash\" = @hash WHERE \"{key.GetColumnName()}\" = @id");
            AddParameter(command, "@index", index);
            AddParameter(command, "@hash", previous);
            AddParameter(command, "@id", db.Database.IsSqlite() ? ToSqlite(key.PropertyInfo!.GetValue(row)) : key.PropertyInfo!.GetValue(row));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private static object? ToSqlite(object? id) => id is Guid guid ? guid.ToString().ToUpperInvariant() : id;

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static async Task<List<object>> RowsAsync(DbContext db, IEntityType type, string where, CancellationToken cancellationToken)
    {
        var method = typeof(AuditChain).GetMethod(nameof(RowsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType);
        return await (Task<List<object>>)method.Invoke(null, [db, where, cancellationToken])!;
    }

    private static async Task<List<object>> RowsOfAsync<T>(DbContext db, string where, CancellationToken cancellationToken)
        where T : class
    {
#pragma warning disable EF1002 // the condition is a constant of this class
        var rows = await db.Set<T>().FromSqlRaw($"SELECT * FROM \"{db.Model.FindEntityType(typeof(T))!.GetTableName()}\" WHERE {where}")
            .AsNoTracking().ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return rows.Cast<object>().ToList();
    }

    /// <summary>
    /// Walks every chain of the database in order and returns, per table, the first row that does not fit (or null when
    /// it all does), with the chain's length and last hash. A row outside the chain, a place missing (a row deleted), a
    /// place taken twice, a hash that is not the row's own (a row changed or replaced) each break it.
    /// </summary>
    public async Task<IReadOnlyList<ChainReport>> VerifyAsync(DbContext db, CancellationToken cancellationToken)
    {
        var reports = new List<ChainReport>();
        foreach (var type in ChainedTypes(db))
        {
            var method = typeof(AuditChain).GetMethod(nameof(VerifyTableAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type.ClrType);
            reports.Add(await (Task<ChainReport>)method.Invoke(this, [db, type, cancellationToken])!);
        }

        return reports;
    }

    private async Task<ChainReport> VerifyTableAsync<T>(DbContext db, IEntityType type, CancellationToken cancellationToken)
        where T : class, IChained
    {
        var table = type.GetTableName()!;
        var key = type.FindPrimaryKey()!.Properties.Single().PropertyInfo!;
        var outside = await db.Set<T>().AsNoTracking().Where(r => r.ChainIndex == null).FirstOrDefaultAsync(cancellationToken);
        long expected = 0;
        string? previous = null;
        ChainBreak? broken = outside is null ? null
            : new ChainBreak(table, Convert.ToString(key.GetValue(outside), CultureInfo.InvariantCulture)!, "dòng không nằm trong chuỗi (không có số thứ tự, thêm hoặc ghi đè ngoài nền tảng)");
        await foreach (var row in db.Set<T>().AsNoTracking().Where(r => r.ChainIndex != null).OrderBy(r => r.ChainIndex).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var id = Convert.ToString(key.GetValue(row), CultureInfo.InvariantCulture)!;
            var index = row.ChainIndex!.Value;
            if (broken is null)
            {
                if (index == expected)
                {
                    broken = new ChainBreak(table, id, $"số thứ tự {index} có hai dòng");
                }
                else if (index != expected + 1)
                {
                    broken = new ChainBreak(table, id, $"thiếu {(index - expected - 1 == 1 ? $"dòng số {expected + 1}" : $"các dòng số {expected + 1}–{index - 1}")} ngay trước dòng này (đã bị xóa)");
                }
                else if (row.ChainHash != Hash(type, row, index, previous))
                {
                    broken = new ChainBreak(table, id, $"nội dung dòng số {index} không khớp mã băm của nó (đã bị sửa hoặc ghi đè)");
                }
            }

            expected = index;
            previous = row.ChainHash;
        }

        return new ChainReport(table, expected, previous, broken);
    }
}

/// <summary>Where a table's chain ends: its last row's place (0: none yet) and hash.</summary>
public readonly record struct ChainEnd(long Index, string? Hash);

/// <summary>One chain as verified: its table, how many rows it holds, its last hash, and the first row that breaks it (null: none).</summary>
public sealed record ChainReport(string Table, long Length, string? Head, ChainBreak? Break);

/// <summary>The first row of a table that does not fit its chain: the table, the row's id, and what is wrong, in Vietnamese.</summary>
public sealed record ChainBreak(string Table, string Id, string Problem);
