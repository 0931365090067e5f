namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// A module's indicators. Implement it once per module (it is registered by convention, scoped); the host
/// lists every module's indicators in one query, computes values, breakdowns, trends and statuses from the
/// populations returned here, and freezes them in review snapshots.
/// </summary>
public interface IIndicatorSource
{
    IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>
    /// The subjects of indicator <paramref name="code"/> on <paramref name="period"/>: for a share, everyone in
    /// the denominator, flagged when also in the numerator; for a count or an amount, everything counted.
    /// </summary>
    Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken);

    /// <summary>Names of subjects for a drill-down page; unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
