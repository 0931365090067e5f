using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using SQLitePCL;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Identity;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// New records and their audit entries, written while an import checks its file into a staging database of their own
/// (<see cref="SqliteStagingFiles"/>), then copied into the module's tables under the write lock by one
/// <c>INSERT … SELECT</c> each. Staging runs on the other core, on a connection of its own, while the import's connection
/// goes on checking the next chunk. It takes no lock on the module's database, so clerks save meanwhile. Once the check
/// is done, <see cref="FinishAsync"/> waits for the last chunk and attaches the staging file to the import's connection,
/// before the write pass begins its transaction (SQLite attaches only outside one). The write lock is then held about as
/// long as SQLite alone needs to store the rows (B4's engine floor), with no .NET code per row unless the entries must
/// be linked again.
/// <para>
/// The audit entries are linked into the chain as it ended when staging began. If another save appended to the chain
/// since, the copy links them again from the chain's new end, reading them back a thousand at a time, linked on the
/// other core while the connection reads and writes. Records and entries are stamped with the time their chunk was
/// staged. Records that name a person whose processing is restricted are refused as the chunk is handed over, on the
/// import's connection.
/// </para>
/// </summary>
public sealed class SqliteStaging<T>(ModuleDbContext db, ICurrentUser user) : IAsyncDisposable
    where T : Entity
{
    private const int EntriesPerRead = 1_000;

    private readonly IEntityType _recordType = BulkInsert.EntityTypeOf<T>(db);
    private readonly IEntityType _auditType = BulkInsert.EntityTypeOf<AuditEntry>(db);

    /// <summary>
    /// The staging database's name on the import's connection once attached: the import's own, so that a pooled
    /// connection that kept another import's attachment (its import failed past detaching) cannot clash with it.
    /// </summary>
    private readonly string _attached = "staging_" + Guid.NewGuid().ToString("N")[..12];
    private string? _file;
    private SqliteConnection? _staging;
    private Imports.OtherCoreQueue<Chunk>? _writer;
    private ChainEnd? _began;
    private bool _isAttached;

    /// <summary>
    /// Test seam: the largest the staging database may grow, in pages (SQLite's <c>max_page_count</c>), to stand for a
    /// full disk. Flows with the test's own calls only; null in production.
    /// </summary>
    internal static AsyncLocal<int?> MaxPagesForTests { get; } = new();

    /// <summary>Whether the context's database stages records: SQLite, in a file (not in memory).</summary>
    public static bool Serves(DbContext db) =>
        db.Database.IsSqlite() && SqliteStagingFiles.DatabaseFileOf(db.Database.GetConnectionString() ?? "") is not null;

    /// <summary>
    /// Hands one chunk of new records over to be staged, stamped as created now by the current user, with their audit
    /// entries; returns once it is queued (at most two wait). A failure of staging shows here, at the next chunk, or at
    /// <see cref="FinishAsync"/>.
    /// </summary>
    public async Task AddAsync(IReadOnlyList<T> records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await BulkInsert.RefuseRestrictedAsync(db, records, cancellationToken);
        var who = BulkInsert.Stamp(records, user, now);
        _writer ??= await StartAsync(cancellationToken);
        await _writer.AddAsync(new Chunk(records, who, now), cancellationToken);
    }

    /// <summary>
    /// Waits for the last chunk to be staged and attaches the staging database to the import's connection, which must
    /// be outside a transaction: the write pass calls this before it takes the write lock.
    /// </summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_writer is null || _staging is null)
        {
            return;
        }

        await _writer.FinishAsync();
        await _staging.DisposeAsync();
        _staging = null;
        await using var attach = Connection().CreateCommand();
        attach.CommandText = $"ATTACH DATABASE $file AS {_attached}";
        attach.Parameters.AddWithValue("$file", _file);
        await attach.ExecuteNonQueryAsync(cancellationToken);
        _isAttached = true;
    }

    /// <summary>
    /// Copies what was staged into the module's tables, inside the write pass's transaction, which holds the write lock;
    /// returns how many records it copied.
    /// </summary>
    public async Task<int> CopyAsync(CancellationToken cancellationToken)
    {
        if (_began is not { } began)
        {
            return 0;
        }

        if (!_isAttached)
        {
            throw new InvalidOperationException($"Staged records are copied only once staging is finished ({nameof(FinishAsync)}).");
        }

        var end = await AuditChain.EndAsync(db, _auditType, cancellationToken);
        var records = await CopyAllAsync(_recordType, cancellationToken);
        if (end == began)
        {
            await CopyAllAsync(_auditType, cancellationToken);
            return records;
        }

        // Someone appended to the chain since staging began: the entries take their places after the chain's new end.
        db.GetService<ILoggerFactory>().CreateLogger(typeof(SqliteStaging<T>)).LogInformation(
            "The audit chain grew by {Entries} entries since {Records} was staged: the staged audit entries are linked again after its new end",
            end.Index - began.Index, _recordType.GetTableName());
        var chain = AuditChain.Of(db);
#pragma warning disable EF1002 // the table name is the model's
        var staged = await db.Database.SqlQueryRaw<long>($"SELECT coalesce(max(rowid), 0) AS \"Value\" FROM {_attached}.{Quote(_auditType.GetTableName()!)}")
            .SingleAsync(cancellationToken);
#pragma warning restore EF1002
        // A thousand at a time: while the connection writes one thousand, the other core links the next (each thousand
        // links after the one before it), which the connection has just read.
        var linking = Task.FromResult(end);
        List<AuditEntry>? linkedNotWritten = null;
        try
        {
            for (long first = 1; first <= staged + EntriesPerRead; first += EntriesPerRead)
            {
                var entries = first <= staged ? await ReadStagedEntriesAsync(first, cancellationToken) : null;
                var after = linking;
                var next = entries is null ? after : Task.Run(async () => chain.Link(_auditType, entries, await after), cancellationToken);
                if (linkedNotWritten is not null)
                {
                    await linking;
                    await BulkInsert.WriteAsync(db, _auditType, linkedNotWritten, cancellationToken);
                }

                (linkedNotWritten, linking) = (entries, next);
            }
        }
        catch
        {
            await SettleAsync(linking);
            throw;
        }

        return records;
    }

    /// <summary>Opens the staging database and starts staging on the other core, from where the chain ends now.</summary>
    private async Task<Imports.OtherCoreQueue<Chunk>> StartAsync(CancellationToken cancellationToken)
    {
        var (index, hash) = await AuditChain.HeadAsync(db, _auditType, cancellationToken);
        var began = new ChainEnd(index, hash);
        _began = began;
        var sql = db.GetService<ISqlGenerationHelper>();
        var records = BulkInsert.SqliteInsertOf(db, _recordType, sql.DelimitIdentifier(_recordType.GetTableName()!));
        var entries = BulkInsert.SqliteInsertOf(db, _auditType, sql.DelimitIdentifier(_auditType.GetTableName()!));
        var log = db.GetService<ILoggerFactory>().CreateLogger(typeof(BulkInsert));
        var chain = AuditChain.Of(db);

        _file = SqliteStagingFiles.Create(SqliteStagingFiles.DatabaseFileOf(db.Database.GetConnectionString()!)!);
        _staging = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString());
        _staging.Open();
        // A scratch database: it is dropped whole if anything fails, so it needs no journal and no syncing.
        Execute(_staging, $"PRAGMA max_page_count = {MaxPagesForTests.Value ?? int.MaxValue - 1}; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; " +
            $"CREATE TABLE {records.Table} ({string.Join(", ", records.ColumnNames.Select(sql.DelimitIdentifier))}); " +
            $"CREATE TABLE {entries.Table} ({string.Join(", ", entries.ColumnNames.Select(sql.DelimitIdentifier))})");

        var staging = _staging;
        var end = began;
        // At most two chunks wait: memory stays bounded when staging falls behind the check.
        return new Imports.OtherCoreQueue<Chunk>(async (chunk, _) =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Execute(staging, "BEGIN");
            end = await BulkInsert.WriteDescribingAsync(_recordType, _auditType, chain, chunk.Records, chunk.Who, chunk.Now, end,
                () => Write(staging, records, chunk.Records), described => Write(staging, entries, described), CancellationToken.None);
            Execute(staging, "COMMIT");
            BulkInsert.LogWritten(log, $"the staging of {_recordType.GetTableName()}", chunk.Records.Count, "SQLite", started);
        }, capacity: 2);
    }

    private static Task Write<TRow>(SqliteConnection staging, BulkInsert.SqliteInsert insert, IReadOnlyCollection<TRow> rows)
        where TRow : class
    {
        insert.Write(staging, rows);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Staged entries from the rowid <paramref name="first"/> on, in the order they were staged (the chain's): a range of
    /// the table's own key, where an ORDER BY of another column would sort the whole table for every thousand entries.
    /// </summary>
    private async Task<List<AuditEntry>> ReadStagedEntriesAsync(long first, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // the table name is the model's, the range parameters
        return await db.Set<AuditEntry>()
            .FromSqlRaw($"SELECT * FROM {_attached}.{Quote(_auditType.GetTableName()!)} WHERE rowid BETWEEN {{0}} AND {{1}} ORDER BY rowid", first, first + EntriesPerRead - 1)
            .AsNoTracking().ToListAsync(cancellationToken);
#pragma warning restore EF1002
    }

    private async Task<int> CopyAllAsync(IEntityType type, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = string.Join(", ", type.GetProperties().Select(p => Quote(p.GetColumnName(table)!)));
#pragma warning disable EF1002 // table and column names come from the model
        var copied = await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO main.{Quote(table.Name)} ({columns}) SELECT {columns} FROM {_attached}.{Quote(table.Name)} ORDER BY rowid", cancellationToken);
#pragma warning restore EF1002
        BulkInsert.LogWritten(db, table.Name, copied, "INSERT … SELECT from the staged rows", started);
        return copied;
    }

    /// <summary>
    /// Waits for work on the other core to end after the connection failed, so that none outlives the import; its own
    /// failure, if any, is the lesser one (the connection's error is rethrown).
    /// </summary>
    private static async Task SettleAsync(Task work)
    {
        try
        {
            await work;
        }
        catch (Exception)
        {
            // Deliberately dropped: see the summary.
        }
    }

    private SqliteConnection Connection() => OpenConnection()
        ?? throw new InvalidOperationException("Staged records are copied only on the import's open SQLite connection, held open from the check to the copy.");

    private SqliteConnection? OpenConnection() =>
        db.Database.GetDbConnection() is SqliteConnection { State: System.Data.ConnectionState.Open } connection ? connection : null;

    private static void Execute(SqliteConnection connection, string sql)
    {
        var result = raw.sqlite3_exec(connection.Handle, sql, null, null, out var error);
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(error ?? raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);
        }
    }

    private string Quote(string name) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name);

    /// <summary>
    /// Stops staging, detaches the staging database from the import's connection (still open: the runner disposes of
    /// what an import kept before it closes the connection) and deletes its file.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync(); // chunks still queued would only be written into a file about to be deleted
            _writer = null;
        }

        if (_staging is not null)
        {
            await _staging.DisposeAsync();
            _staging = null;
        }

        if (_isAttached)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (OpenConnection() is null || raw.sqlite3_exec(connection.Handle, $"DETACH DATABASE {_attached}") != raw.SQLITE_OK)
            {
                // A connection that could not detach (closed already, or inside a transaction) is closed as it comes
                // back, not pooled with the file attached.
                SqliteConnection.ClearPool(connection);
            }
        }

        _isAttached = false;
        _began = null;
        if (_file is not null)
        {
            SqliteStagingFiles.Delete(_file);
            _file = null;
        }
    }

    private sealed record Chunk(IReadOnlyList<T> Records, BulkInsert.Creator Who, DateTimeOffset Now);
}
