namespace TriThuc.Modules.Health.Postings;

/// <summary>
/// A posting of a health worker from one facility to another for a while (luân phiên, tăng cường cơ sở), by a
/// decision: from its start to its planned end, or to the day it was ended.
/// </summary>
public sealed class Posting : Entity
{
    [DataSubject]
    public Guid PersonId { get; set; }

    public PostingKind Kind { get; set; }

    public Guid FromFacilityId { get; set; }

    public Guid ToFacilityId { get; set; }

    public string Decision { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly PlannedEndOn { get; set; }

    /// <summary>The last day, when the posting was ended; null while it runs to its planned end.</summary>
    public DateOnly? EndedOn { get; set; }

    public DateOnly LastDay => EndedOn ?? PlannedEndOn;

    public bool IsActiveOn(DateOnly day) => StartsOn <= day && day <= LastDay;
}
