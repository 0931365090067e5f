namespace TriThuc.Host.Indicators;

/// <summary>
/// One line of a breakdown: a unit (its figure includes every unit below it), a field, a gender... For units,
/// <see cref="ParentKey"/> and <see cref="Depth"/> let a page draw the tree.
/// </summary>
internal sealed record IndicatorBreakdownRow(string Key, string Name, string? ParentKey, int Depth, IndicatorFigure Figure)
{
    /// <summary>Where this line should stand on its own straight path to the target; null without a target.</summary>
    public decimal? Expected { get; init; }

    public IndicatorStatus? Status { get; init; }
}
