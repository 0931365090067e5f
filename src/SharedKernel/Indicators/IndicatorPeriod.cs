namespace TriThuc.SharedKernel.Indicators;

/// <summary>The day an indicator is measured on; flow indicators count from 1 January of its year.</summary>
public readonly record struct IndicatorPeriod(DateOnly AsOf)
{
    public int Year => AsOf.Year;

    public DateOnly YearStart => new(AsOf.Year, 1, 1);

    /// <summary>The last day of <paramref name="year"/>, or <paramref name="today"/> while the year is running.</summary>
    public static IndicatorPeriod ForYear(int year, DateOnly today) =>
        new(year >= today.Year ? today : new DateOnly(year, 12, 31));

    public override string ToString() => AsOf.ToString("yyyy-MM-dd");
}
