using TriThuc.Host.Indicators;

namespace TriThuc.Host.Reviews;

/// <summary>One indicator in two reviews (or a review and today); a side is null when the indicator did not exist there.</summary>
internal sealed record ReviewComparisonRow(string Code, string Name, string Module, IndicatorKind Kind, ReviewSnapshotIndicator? From, ReviewSnapshotIndicator? To)
{
    public decimal? Change => To?.Value - From?.Value;
}
