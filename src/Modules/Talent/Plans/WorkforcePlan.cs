namespace TriThuc.Modules.Talent.Plans;

/// <summary>
/// A workforce development plan for a period (e.g. 2026–2030), approved by a decision, with yearly
/// <see cref="PlanTarget"/>s by unit subtree and field, set beside the Registry's figures on any day.
/// </summary>
public sealed class WorkforcePlan : TitledEntity
{
    public string Code { get; set; } = "";

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    /// <summary>The decision approving the plan, e.g. 123/QĐ-UBND.</summary>
    public string? Decision { get; set; }

    /// <summary>Who counts as young for the plan's share of young intellectuals: full years of age under this on the day.</summary>
    public int YoungUnderAge { get; set; } = PlanRules.DefaultYoungUnderAge;

    public List<PlanTarget> Targets { get; set; } = [];
}
