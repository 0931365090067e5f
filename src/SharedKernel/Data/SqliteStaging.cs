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
/// New records and their audit entries, written while an import checks its file into TEMP tables of the import's SQLite
/// connection, then copied into the module's tables under the write lock by one <c>INSERT … SELECT</c> each. SQLite keeps
/// TEMP tables in a temporary database of the connection's own (a file it deletes as it opens it), so staging takes no
/// lock on the module's database: other clerks save meanwhile. The write lock is then held about as long as SQLite
/// alone needs to store the rows (B4's engine floor), with no .NET code per row unless the entries must be linked again.
/// <para>
/// The audit entries are linked into the chain as it ended when staging began. If another save appended to the chain
/// since, the copy links them again from the chain's new end, reading them back from the TEMP table a thousand at a
/// time, and linked on the other core while the connection reads and writes. Records and entries are stamped with the
/// time their chunk was staged. The connection must stay open from the first chunk staged to the copy, since TEMP tables
/// belong to it; a closed connection goes back to the pool with them, so <see cref="DisposeAsync"/> drops them first.
/// </para>
/// </summary>
public sealed class SqliteStaging<T>(ModuleDbContext db, ICurrentUser user) : IAsyncDisposable
    where T : Entity
{
    private const int EntriesPerRead = 1_000;

    private readonly IEntityType _recordType = BulkInsert.EntityTypeOf<T>(db);
    private readonly IEntityType _auditType = BulkInsert.EntityTypeOf<AuditEntry>(db);
    private ChainEnd? _began;
    private ChainEnd _end;

    private string StagedRecords => "staged_" + _recordType.GetTableName();

    private string StagedEntries => "staged_" + _auditType.GetTableName();

    /// <summary>Whether the context's database stages records (SQLite).</summary>
    public static bool Serves(DbContext db) => db.Database.IsSqlite();

    /// <summary>Stages one chunk of new records, stamped as created now by the current user, with their audit entries.</summary>
    public async Task AddAsync(IReadOnlyList<T> records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        var connection = Connection();
        if (_began is null)
        {
            Drop(connection); // a pooled connection may hold the tables of an import that ended without dropping them
            Execute(connection, $"CREATE TEMP TABLE {Quote(StagedRecords)} AS SELECT * FROM main.{Quote(_recordType.GetTableName()!)} WHERE 0; " +
                $"CREATE TEMP TABLE {Quote(StagedEntries)} AS SELECT * FROM main.{Quote(_auditType.GetTableName()!)} WHERE 0");
            var (index, hash) = await AuditChain.HeadAsync(db, _auditType, cancellationToken);
            _began = _end = new ChainEnd(index, hash);
        }

        Execute(connection, "BEGIN"); // deferred: it writes only the TEMP database, so it never holds the module database's write lock
        try
        {
            var end = await BulkInsert.WriteAuditedAsync(db, records, user, now, _end, (StagedRecords, StagedEntries), cancellationToken);
            Execute(connection, "COMMIT");
            _end = end;
        }
        catch
        {
            // SQLite may already have rolled back by itself (a full disk): a ROLLBACK then fails and would hide the first error.
            if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
            {
                raw.sqlite3_exec(connection.Handle, "ROLLBACK");
            }

            throw;
        }
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

        var end = await AuditChain.EndAsync(db, _auditType, cancellationToken);
        var records = await CopyAllAsync(_recordType, StagedRecords, cancellationToken);
        if (end == began)
        {
            await CopyAllAsync(_auditType, StagedEntries, cancellationToken);
            return records;
        }

        // Someone appended to the chain since staging began: the entries take their places after the chain's new end.
        db.GetService<ILoggerFactory>().CreateLogger(typeof(SqliteStaging<T>)).LogInformation(
            "The audit chain grew by {Entries} entries since {Records} was staged: the staged audit entries are linked again after its new end",
            end.Index - began.Index, _recordType.GetTableName());
        var chain = AuditChain.Of(db);
#pragma warning disable EF1002 // the table name is this class's own
        var staged = await db.Database.SqlQueryRaw<long>($"SELECT coalesce(max(rowid), 0) AS \"Value\" FROM temp.{Quote(StagedEntries)}")
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

    /// <summary>
    /// Staged entries from the rowid <paramref name="first"/> on, in the order they were staged (the chain's): a range of
    /// the table's own key, where an ORDER BY of another column would sort the whole table for every thousand entries.
    /// </summary>
    private async Task<List<AuditEntry>> ReadStagedEntriesAsync(long first, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // the table name is this class's own, the range parameters
        return await db.Set<AuditEntry>()
            .FromSqlRaw($"SELECT * FROM temp.{Quote(StagedEntries)} WHERE rowid BETWEEN {{0}} AND {{1}} ORDER BY rowid", first, first + EntriesPerRead - 1)
            .AsNoTracking().ToListAsync(cancellationToken);
#pragma warning restore EF1002
    }

    private async Task<int> CopyAllAsync(IEntityType type, string staged, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = string.Join(", ", type.GetProperties().Select(p => Quote(p.GetColumnName(table)!)));
#pragma warning disable EF1002 // table and column names come from the model
        var copied = await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO main.{Quote(table.Name)} ({columns}) SELECT {columns} FROM temp.{Quote(staged)} ORDER BY rowid", cancellationToken);
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
        ?? throw new InvalidOperationException("Records are staged only on an open SQLite connection, held open until they are copied: TEMP tables belong to it.");

    private SqliteConnection? OpenConnection() =>
        db.Database.GetDbConnection() is SqliteConnection { State: System.Data.ConnectionState.Open } connection ? connection : null;

    private void Drop(SqliteConnection connection) =>
        Execute(connection, $"DROP TABLE IF EXISTS temp.{Quote(StagedRecords)}; DROP TABLE IF EXISTS temp.{Quote(StagedEntries)}");

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
    /// Drops the staged tables. Only on the connection still open: closing returns it to the pool with its TEMP tables, so
    /// <see cref="Imports.ImportRunner"/> disposes of what an import kept before it closes the connection (and the next
    /// staging on a pooled connection drops what an import that failed harder left).
    /// </summary>
    public ValueTask DisposeAsync()
    {
        if (OpenConnection() is { } connection)
        {
            Drop(connection);
            if (_began is not null)
            {
                // Dropping frees the pages but not the temporary file, which SQLite keeps until the connection really
                // closes: this pool's connections are closed as they come back instead of being kept with it.
                SqliteConnection.ClearPool(connection);
            }
        }

        _began = null;
        return ValueTask.CompletedTask;
    }
}
