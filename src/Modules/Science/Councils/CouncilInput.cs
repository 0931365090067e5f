namespace TriThuc.Modules.Science.Councils;

public sealed class CouncilInput
{
    public Guid ProjectId { get; init; }

    public CouncilKind Kind { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The day of the decision forming it; today when omitted.</summary>
    public DateOnly? FormedOn { get; init; }
}
