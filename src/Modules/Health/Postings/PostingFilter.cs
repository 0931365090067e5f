namespace TriThuc.Modules.Health.Postings;

/// <summary>The filters of the list of postings; every one is optional and they combine with AND.</summary>
public sealed class PostingFilter
{
    public Guid? PersonId { get; init; }

    /// <summary>Postings to this facility.</summary>
    public Guid? FacilityId { get; init; }

    /// <summary>Postings running on this day: who is posted there that day.</summary>
    public DateOnly? On { get; init; }
}
