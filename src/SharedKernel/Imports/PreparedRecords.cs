using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// The new records an import's check pass made, kept for its write pass (<see cref="IPreparedWrites"/>) so that the
/// write lock is held only to write them. On SQLite they are staged with their audit entries in a staging database on
/// the other core and copied in two statements, the entries linked again if the chain grew meanwhile
/// (<see cref="SqliteStaging{T}"/>); on PostgreSQL they are kept in a temporary file, also written on the other core
/// (<see cref="SpooledRecords{T}"/>), and written through COPY, described and hashed as they are written (staging in
/// PostgreSQL's own tables is not tried yet). Either way the records are not held in memory.
/// </summary>
/// <param name="stillHoldsAfter">Whether the kept records are still right after the records changed since the check began (<see cref="IPreparedWrites.StillHoldsAfterAsync"/>).</param>
public sealed class PreparedRecords<T>(
    ModuleDbContext db, ICurrentUser user, IClock clock, Func<IReadOnlyList<ChangedRecord>, CancellationToken, Task<bool>> stillHoldsAfter)
    : IPreparedWrites
    where T : Entity
{
    private readonly SqliteStaging<T>? _staging = SqliteStaging<T>.Serves(db) ? new SqliteStaging<T>(db, user) : null;
    private SpooledRecords<T>? _spool;
    private int _chunks;

    public bool IsComplete { get; private set; } = true;

    /// <summary>Keeps one chunk's new records, in the order they are to be written.</summary>
    public async Task AddAsync(IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        if (!IsComplete || records.Count == 0)
        {
            return;
        }

        try
        {
            if (_staging is not null)
            {
                await _staging.AddAsync(records, clock.Now, cancellationToken);
            }
            else
            {
                await (_spool ??= new SpooledRecords<T>()).AddAsync(records, cancellationToken);
            }

            _chunks++;
        }
        catch (Exception error) when (IsDiskTrouble(error))
        {
            // A full disk costs the import its shortcut, not its file: the write pass checks the file again.
            await GiveUpAsync();
        }
        catch (Errors.DomainException error) when (error.Code == Errors.ErrorCodes.ProcessingRestricted)
        {
            // A person restricted since the importer checked the chunk: the write pass checks it again and refuses the row.
            await GiveUpAsync();
        }
    }

    public async Task ReadyAsync(CancellationToken cancellationToken)
    {
        if (!IsComplete)
        {
            return;
        }

        try
        {
            if (_staging is not null)
            {
                await _staging.FinishAsync(cancellationToken);
            }
            else if (_spool is not null)
            {
                await _spool.FinishAsync();
            }
        }
        catch (Exception error) when (IsDiskTrouble(error))
        {
            await GiveUpAsync();
        }
    }

    /// <summary>A temporary file that could not be written: the spool's, or the staging database (SQLITE_FULL, SQLITE_IOERR), however wrapped.</summary>
    private static bool IsDiskTrouble(Exception? error) => error switch
    {
        null => false,
        IOException => true,
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 or 10 } => true,
        _ => IsDiskTrouble(error.InnerException),
    };

    /// <summary>Stops keeping records, and drops those kept: the check met something the write pass must check again.</summary>
    public async Task GiveUpAsync()
    {
        IsComplete = false;
        await DisposeAsync();
    }

    public Task<bool> StillHoldsAfterAsync(IReadOnlyList<ChangedRecord> changes, CancellationToken cancellationToken) =>
        stillHoldsAfter(changes, cancellationToken);

    public async IAsyncEnumerable<int> WriteAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException("The check did not keep every change ready; the file must be checked again as it is written.");
        }

        if (_staging is not null)
        {
            await _staging.CopyAsync(cancellationToken);
            if (_chunks > 0)
            {
                yield return _chunks; // every chunk kept, copied in one step
            }

            yield break;
        }

        if (_spool is null)
        {
            yield break; // nothing kept: a file with no new records
        }

        var chunk = 0;
        await foreach (var records in _spool.ReadAsync(cancellationToken))
        {
            await BulkInsert.InsertAsync(db, records, user, clock.Now, cancellationToken);
            yield return ++chunk;
        }
    }

    public async ValueTask DisposeAsync()
    {
        IsComplete = false;
        if (_staging is not null)
        {
            await _staging.DisposeAsync();
        }

        if (_spool is not null)
        {
            await _spool.DisposeAsync();
        }
    }
}
