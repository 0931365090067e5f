namespace TriThuc.Host.Indicators;

/// <summary>The indicator at the end of one year (or today, for the running year) and its change on the year before.</summary>
internal sealed record IndicatorTrendPoint(int Year, IndicatorMeasurement Measurement, decimal? Change);
