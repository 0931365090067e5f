using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.Units;

/// <summary>
/// The unit tree and its area classifications as one host last read them, with the stamp they were read under.
/// Shared by every request of the host, so never changed: a change makes a new tree.
/// </summary>
public sealed class UnitTree
{
    private readonly ILookup<Guid, Guid> _children;

    public UnitTree(Guid stamp, IReadOnlyDictionary<Guid, OrganisationUnit> units, ILookup<Guid, AreaClassification> classifications)
    {
        Stamp = stamp;
        Units = units;
        Classifications = classifications;
        _children = units.Values.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
    }

    public Guid Stamp { get; }

    public IReadOnlyDictionary<Guid, OrganisationUnit> Units { get; }

    /// <summary>Every unit's area classifications, oldest first.</summary>
    public ILookup<Guid, AreaClassification> Classifications { get; }

    /// <summary>The unit and every unit below it, however deep.</summary>
    public HashSet<Guid> Subtree(Guid rootId)
    {
        var subtree = new HashSet<Guid> { rootId };
        var pending = new Stack<Guid>([rootId]);
        while (pending.TryPop(out var id))
        {
            foreach (var child in _children[id])
            {
                if (subtree.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        return subtree;
    }
}

/// <summary>
/// The host's copy of the unit tree (30 to a few thousand units), so that a request need not read every unit again.
/// Several hosts may share one database, so no time limit or local signal can tell a host that another one changed a
/// unit: a request uses the copy only after reading the stamp of <see cref="UnitTreeVersion"/> and finding it the
/// copy's. The stamp is one small column, and the list of intellectuals reads it inside the statement that counts
/// the page (<see cref="People.IntellectualQueryService"/>), so that list pays no statement for it; other readers pay
/// one small statement instead of reading the whole tree.
/// </summary>
public sealed class UnitTreeCache
{
    private volatile UnitTree? _current;

    /// <summary>The copy last read, not yet checked against the database; null before the first read.</summary>
    public UnitTree? Current => _current;

    /// <summary>The stamp of the tree in the database now.</summary>
    public static Task<Guid> StampAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        db.UnitTreeVersions.AsNoTracking().Where(v => v.Id == UnitTreeVersion.RowId).Select(v => v.Stamp).SingleAsync(cancellationToken);

    /// <summary>Reads the tree from the database and keeps it.</summary>
    public async Task<UnitTree> LoadAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        // The stamp before the units: a unit change committed between the two reads then leaves a tree newer than
        // its stamp, which the next check finds different and reads again. Read after, it could stamp an old tree as new.
        var stamp = await StampAsync(db, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var classifications = (await db.AreaClassifications.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(a => a.ValidFrom).ToLookup(a => a.UnitId);
        var tree = new UnitTree(stamp, units, classifications);
        _current = tree;
        return tree;
    }
}
