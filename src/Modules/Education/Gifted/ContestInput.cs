namespace TriThuc.Modules.Education.Gifted;

public sealed class ContestInput
{
    public string Title { get; init; } = "";

    public ContestLevel Level { get; init; }

    public int SchoolYear { get; init; }

    public DateOnly HeldOn { get; init; }
}
