namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Which persons another module asks the Registry for: those on the register on <paramref name="On"/> (not merged
/// away, and not yet retired or moved away that day), within the subtrees of <paramref name="UnitSubtrees"/> (any
/// unit when null), in the expertise field <paramref name="FieldCode"/> (any when null).
/// A person counts in the unit the Registry places them in now: the Registry keeps no history of a person's unit.
/// </summary>
public sealed record PeopleQuery(DateOnly On, IReadOnlyCollection<Guid>? UnitSubtrees = null, string? FieldCode = null);
