namespace TriThuc.Modules.Registry.Contracts;

/// <summary>Walks up the unit tree: how a unit inherits its ancestors' class, rolls its figures up, or finds the branch it belongs to.</summary>
public static class UnitAncestry
{
    /// <summary>The unit itself, then its parent, and so on to the root, nearest first. Stops at a unit not in the tree and at a
    /// unit already seen, so that a cycle in bad data ends the walk instead of looping.</summary>
    public static IEnumerable<UnitSummary> AncestryOf(this IReadOnlyDictionary<Guid, UnitSummary> byId, Guid unitId)
    {
        var seen = new HashSet<Guid>();
        for (Guid? at = unitId; at is { } id && byId.TryGetValue(id, out var unit) && seen.Add(id); at = unit.ParentId)
        {
            yield return unit;
        }
    }
}
