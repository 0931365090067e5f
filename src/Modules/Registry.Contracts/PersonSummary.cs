namespace TriThuc.Modules.Registry.Contracts;

/// <summary>The little other modules need to show a person from the Registry: no personal data beyond the name.</summary>
public sealed record PersonSummary(Guid Id, string FullName, Guid UnitId, string UnitName, string Status);
