namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// What the programme asks of an indicator. <paramref name="Value"/> is in the indicator's own unit: a
/// fraction for shares (0.70 = 70%), a number for counts and amounts.
/// </summary>
/// <param name="Year">The deadline: the target must be met by 31 December of this year.</param>
/// <param name="EveryYear">The target holds anew each year (e.g. 100% retrained every year), not once by the deadline.</param>
public sealed record IndicatorTarget(decimal Value, int Year, TargetComparison Comparison = TargetComparison.AtLeast, bool EveryYear = false)
{
    public DateOnly Deadline => new(Year, 12, 31);

    public bool IsMetBy(decimal value) => Comparison == TargetComparison.AtLeast ? value >= Value : value <= Value;
}
