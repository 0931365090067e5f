namespace TriThuc.Modules.University.Cooperation;

public sealed class CooperationActivityInput
{
    public Guid AgreementId { get; init; }

    public ActivityKind Kind { get; init; }

    public string Title { get; init; } = "";

    public DateOnly StartDate { get; init; }

    /// <summary>The last day; the start day when not given.</summary>
    public DateOnly? EndDate { get; init; }

    public IReadOnlyList<Guid> ParticipantIds { get; init; } = [];
}
