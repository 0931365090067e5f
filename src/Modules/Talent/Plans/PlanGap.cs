namespace TriThuc.Modules.Talent.Plans;

/// <summary>
/// A figure of the plan beside the actual one on a day, for a unit's subtree and a field (every field when null):
/// the target when one is set there, the actual figure (a count, or a share with its <see cref="Count"/> over
/// <see cref="Total"/>), and the gap. <see cref="Figures"/> answers the drill-down by unit and by field. A share of a
/// small group is <see cref="Suppressed"/> for a caller who may not read personal data (<see cref="PlanDisclosure"/>):
/// then what is shown of it (<see cref="Shown"/>) holds no figure.
/// </summary>
public sealed record PlanGap(
    PlanFigures Figures, Guid UnitId, string UnitName, string? FieldCode, PlanMeasure Measure, decimal? Target, decimal Actual, int Count, int Total)
{
    /// <summary>Actual minus target: negative when short of it.</summary>
    public decimal? Gap => Target is { } target ? Actual - target : null;

    public bool? Met => Target is { } target ? Actual >= target : null;

    /// <summary>The figures of a share of a group too small to show this caller: withheld, and so marked.</summary>
    public bool Suppressed { get; init; }

    /// <summary>The figures as the caller may see them: the actual figure, count, total, gap and whether met, or none when suppressed.</summary>
    public (decimal? Actual, int? Count, int? Total, decimal? Gap, bool? Met) Shown =>
        Suppressed ? (null, null, null, null, null) : ((decimal?)Actual, (int?)Count, (int?)Total, Gap, Met);
}
