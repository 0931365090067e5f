namespace TriThuc.Host.Indicators;

/// <summary>
/// An indicator's number for some group of subjects. For a share, <see cref="Value"/> is the numerator over the
/// denominator, exact (never rounded: status is judged on it; only <see cref="IndicatorDisplay"/> rounds), and is
/// null when nobody is in the denominator; for counts and amounts it is the numerator.
/// </summary>
internal sealed record IndicatorFigure(decimal Numerator, decimal? Denominator, decimal? Value)
{
    public static IndicatorFigure Of(IndicatorKind kind, decimal numerator, decimal all) => kind == IndicatorKind.Share
        ? new IndicatorFigure(numerator, all, all == 0 ? null : numerator / all)
        : new IndicatorFigure(numerator, null, numerator);

    public static IndicatorFigure Of(IndicatorKind kind, IEnumerable<IndicatorSubject> subjects)
    {
        decimal numerator = 0, all = 0;
        foreach (var subject in subjects)
        {
            all += subject.Weight;
            if (subject.InNumerator)
            {
                numerator += subject.Weight;
            }
        }

        return Of(kind, numerator, all);
    }
}
