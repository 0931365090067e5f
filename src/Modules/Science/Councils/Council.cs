namespace TriThuc.Modules.Science.Councils;

/// <summary>The appraisal or acceptance council of one project; a project has at most one of each kind.</summary>
public sealed class Council : Entity
{
    public Guid ProjectId { get; set; }

    public CouncilKind Kind { get; set; }

    public string Name { get; set; } = "";

    public DateOnly FormedOn { get; set; }

    public List<CouncilMember> Members { get; set; } = [];

    public CouncilVerdict Verdict => CouncilVerdictRule.Decide(Members);
}
