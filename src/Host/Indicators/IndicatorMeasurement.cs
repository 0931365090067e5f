namespace TriThuc.Host.Indicators;

/// <summary>An indicator measured on a day, with the straight-path value it should have reached by then and its status.</summary>
internal sealed record IndicatorMeasurement(RegisteredIndicator Indicator, IndicatorPeriod Period, IndicatorFigure Figure, decimal? Expected, IndicatorStatus? Status)
{
    /// <summary>The first day counted: 1 January for indicators that count events in the year, otherwise the measured day.</summary>
    public DateOnly From => Indicator.Definition.Period == IndicatorPeriodKind.YearToDate ? Period.YearStart : Period.AsOf;
}
