namespace TriThuc.Modules.Education.Gifted;

public sealed class TeamInput
{
    public Guid ContestId { get; init; }

    public string Subject { get; init; } = "";

    public IReadOnlyList<Guid> CoachIds { get; init; } = [];
}
