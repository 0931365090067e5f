namespace TriThuc.Modules.Science.Projects;

/// <summary>What a clerk enters to propose a project.</summary>
public sealed class ProjectInput
{
    public string Code { get; init; } = "";

    public string Title { get; init; } = "";

    public ProjectLevel Level { get; init; }

    public string FieldCode { get; init; } = "";

    public Guid LeadId { get; init; }

    public IReadOnlyList<Guid>? MemberIds { get; init; }

    public Guid HostUnitId { get; init; }

    public long StateBudget { get; init; }

    public long OtherBudget { get; init; }

    public DateOnly PlannedStart { get; init; }

    public DateOnly PlannedEnd { get; init; }

    /// <summary>The day it was proposed; today when omitted.</summary>
    public DateOnly? ProposedOn { get; init; }
}
