namespace TriThuc.Modules.Talent.Experts;

/// <summary>
/// A Science project or a University cooperation agreement an engagement works on, stored as the other module's id and
/// its kind only: the Talent module knows no other module's records at compile time, and reads none of their tables.
/// </summary>
public sealed class ExpertWork : Entity
{
    public Guid EngagementId { get; set; }

    public ExpertWorkKind Kind { get; set; }

    /// <summary>The id of the project (Science) or the cooperation agreement (University).</summary>
    public Guid TargetId { get; set; }
}
