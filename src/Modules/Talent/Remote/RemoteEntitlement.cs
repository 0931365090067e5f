namespace TriThuc.Modules.Talent.Remote;

/// <summary>A run of months of one post in which its place was classed extremely difficult under one listing decision, and which of them are paid.</summary>
public sealed record RemoteEntitlement(
    Guid PostingId, Guid PersonId, Guid UnitId, DateOnly From, DateOnly To, string ClassificationDecision, int Months, IReadOnlyList<DateOnly> PaidMonths);
