namespace TriThuc.Modules.Talent.Experts;

public sealed class EngagementInput
{
    public Guid HostUnitId { get; init; }

    public string Purpose { get; init; } = "";

    public DateOnly StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public string ApprovalNumber { get; init; } = "";

    public DateOnly ApprovedOn { get; init; }

    public IReadOnlyList<ExpertWorkInput>? Work { get; init; }
}

public sealed class ExpertWorkInput
{
    public ExpertWorkKind Kind { get; init; }

    public Guid TargetId { get; init; }
}
