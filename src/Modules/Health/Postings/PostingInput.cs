namespace TriThuc.Modules.Health.Postings;

public sealed class PostingInput
{
    public Guid PersonId { get; init; }

    public PostingKind Kind { get; init; }

    public Guid FromFacilityId { get; init; }

    public Guid ToFacilityId { get; init; }

    public string Decision { get; init; } = "";

    public DateOnly StartsOn { get; init; }

    public DateOnly PlannedEndOn { get; init; }
}
