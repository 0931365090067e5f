namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// What an import's check pass worked out to write, kept so that its write pass can write it as it is, without
/// reading, parsing and checking the file again while it holds the write lock. <see cref="ImportRunner"/> uses it when
/// nothing the check relied on changed since it began; otherwise the write pass checks the file again. The runner
/// disposes of it when the import ends, before it closes the connection the import ran on (what was kept may live on
/// that connection).
/// </summary>
public interface IPreparedWrites : IAsyncDisposable
{
    /// <summary>False when the check met a row it does not keep ready (one that updates a record): the file is then checked again as it is written.</summary>
    bool IsComplete { get; }

    /// <summary>
    /// Finishes keeping what the check pass handed over (work it left running on the other core), outside any
    /// transaction, before the write pass takes the write lock. A failure that costs only the shortcut (a full disk)
    /// leaves <see cref="IsComplete"/> false instead of throwing. Nothing to finish by default.
    /// </summary>
    Task ReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether what was kept is still what the file would write after <paramref name="changes"/>, the records other
    /// requests changed since the check began (read from the audit trail under the write lock, so none can follow).
    /// It must cover everything the check relied on that can change: the records it names, and the day when rules
    /// depend on it. Only changes to records (<see cref="Domain.Entity"/>, saved through the module's context or
    /// <see cref="Data.BulkInsert"/>) write audit entries; reference lists seeded by migrations write none.
    /// </summary>
    Task<bool> StillHoldsAfterAsync(IReadOnlyList<Data.ChangedRecord> changes, CancellationToken cancellationToken);

    /// <summary>
    /// Writes what was kept inside the write pass's transaction, in steps of one or more chunks; yields after each step
    /// how many chunks are written so far (staged records are copied in one step).
    /// </summary>
    IAsyncEnumerable<int> WriteAsync(CancellationToken cancellationToken);
}
