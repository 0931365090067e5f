namespace TriThuc.Modules.Talent.Plans;

/// <summary>
/// A figure of the plan beside the actual one on a day, for a unit's subtree and a field (every field when null):
/// the target when one is set there, the actual figure (a count, or a share with its <see cref="Count"/> over
/// <see cref="Total"/>), and the gap. <see cref="Figures"/> answers the drill-down by unit and by field.
/// </summary>
public sealed record PlanGap(
    PlanFigures Figures, Guid UnitId, string UnitName, string? FieldCode, PlanMeasure Measure, decimal? Target, decimal Actual, int Count, int Total)
{
    /// <summary>Actual minus target: negative when short of it.</summary>
    public decimal? Gap => Target is { } target ? Actual - target : null;

    public bool? Met => Target is { } target ? Actual >= target : null;
}
