namespace TriThuc.Host.Indicators;

/// <summary>
/// The straight path from the programme's baseline to a target, and an indicator's status against it.
/// A target due by a year runs from the value on the baseline date to the target on 31 December of that
/// year; a target that holds every year runs from zero on 1 January to the target on 31 December.
/// </summary>
internal static class TargetPath
{
    /// <summary>Where the indicator should be on <paramref name="asOf"/> to reach its target on time.</summary>
    public static decimal Expected(IndicatorTarget target, decimal baselineValue, DateOnly baselineDate, DateOnly asOf)
    {
        if (target.EveryYear)
        {
            var yearStart = new DateOnly(asOf.Year, 1, 1);
            return Along(0, target.Value, Fraction(yearStart.AddDays(-1), new DateOnly(asOf.Year, 12, 31), asOf));
        }

        return Along(baselineValue, target.Value, Fraction(baselineDate, target.Deadline, asOf));
    }

    public static IndicatorStatus? Judge(IndicatorTarget? target, decimal? value, decimal? expected)
    {
        if (target is null)
        {
            return null;
        }

        if (value is not { } reached)
        {
            return IndicatorStatus.NoData;
        }

        if (target.IsMetBy(reached))
        {
            return IndicatorStatus.Met;
        }

        var onPath = expected is not { } path
            || (target.Comparison == TargetComparison.AtLeast ? reached >= path : reached <= path);
        return onPath ? IndicatorStatus.OnTrack : IndicatorStatus.Behind;
    }

    private static decimal Along(decimal from, decimal to, decimal fraction) => Math.Round(from + ((to - from) * fraction), 4);

    private static decimal Fraction(DateOnly start, DateOnly end, DateOnly day)
    {
        if (day <= start)
        {
            return 0;
        }

        if (day >= end || end <= start)
        {
            return 1;
        }

        return (decimal)(day.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber);
    }
}
