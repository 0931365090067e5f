namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// The little other modules need to show a person from the Registry: no personal data beyond the name.
/// <paramref name="MergedIntoId"/> is set when this record was merged into another: it still answers for
/// old references, but a new reference should name the kept record.
/// </summary>
public sealed record PersonSummary(Guid Id, string FullName, Guid UnitId, string UnitName, string Status, Guid? MergedIntoId = null);
