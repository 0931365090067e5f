using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>Where a module's audit trail ended at some moment: its last entry's place in the chain.</summary>
public readonly record struct AuditMark(long Index);

/// <summary>A record changed after an <see cref="AuditMark"/>: its entity's CLR type name (e.g. "Intellectual") and id.</summary>
public sealed record ChangedRecord(string EntityType, string EntityId);

/// <summary>
/// What changed in a module between two moments, read from its audit trail: every change to a record (an entity saved
/// through the module's context or <see cref="BulkInsert"/>) writes an audit entry in the same transaction, so a long
/// operation that reads first (an import's check) can learn, once it holds the write lock, which records changed since
/// it began. Reference lists seeded by migrations are not records and write none.
/// </summary>
public static class ModuleChanges
{
    /// <summary>Where the context's audit trail ends now.</summary>
    public static async Task<AuditMark> MarkAsync(DbContext db, CancellationToken cancellationToken)
    {
        var (index, _) = await AuditChain.HeadAsync(db, AuditType(db), cancellationToken);
        return new AuditMark(index);
    }

    /// <summary>
    /// The records changed after <paramref name="mark"/>, in the order they changed. Read inside a transaction that holds the
    /// chains (<see cref="AuditChain.HoldAsync"/>), the list stays complete until that transaction ends.
    /// </summary>
    public static async Task<IReadOnlyList<ChangedRecord>> SinceAsync(DbContext db, AuditMark mark, CancellationToken cancellationToken)
    {
        AuditType(db);
        return await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ChainIndex > mark.Index)
            .OrderBy(a => a.ChainIndex)
            .Select(a => new ChangedRecord(a.EntityType, a.EntityId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The ids of the records of one entity type (its CLR type name, e.g. "Intellectual") among <paramref name="changes"/>, each once.</summary>
    public static List<Guid> IdsOf(this IEnumerable<ChangedRecord> changes, string entityType) =>
        [.. changes.Where(c => c.EntityType == entityType).Select(c => Guid.TryParse(c.EntityId, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct()];

    private static Microsoft.EntityFrameworkCore.Metadata.IEntityType AuditType(DbContext db) =>
        db.Model.FindEntityType(typeof(AuditEntry)) ?? throw new InvalidOperationException($"{db.GetType().Name} has no audit trail.");
}
