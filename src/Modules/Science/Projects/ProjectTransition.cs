namespace TriThuc.Modules.Science.Projects;

/// <summary>One move of a project's status: who made it, when, why. The proposal itself is the first one (no <see cref="From"/>).</summary>
public sealed class ProjectTransition : Entity
{
    public Guid ProjectId { get; set; }

    public ProjectStatus? From { get; set; }

    public ProjectStatus To { get; set; }

    /// <summary>The day the decision took effect (may be earlier than the day it was recorded).</summary>
    public DateOnly On { get; set; }

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    public string? Reason { get; set; }
}
