namespace TriThuc.Modules.Talent.Remote;

/// <summary>A person whose entitlement differs between two days because their place was reclassified.</summary>
public sealed record RemoteEntitlementChange(Guid PostingId, Guid PersonId, Guid UnitId, bool Becomes, string? DecisionBefore, string? DecisionAfter);
