namespace TriThuc.Modules.Education.Gifted;

public sealed class EntryInput
{
    public Guid ContestId { get; init; }

    public Guid PupilId { get; init; }

    public Guid? TeamId { get; init; }

    public string Subject { get; init; } = "";

    public decimal? Score { get; init; }

    public Prize? Prize { get; init; }
}
