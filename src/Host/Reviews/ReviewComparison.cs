namespace TriThuc.Host.Reviews;

/// <summary>Two reviews side by side; <see cref="To"/> is an unsaved snapshot of today when comparing with now.</summary>
internal sealed record ReviewComparison(ReviewSnapshot From, ReviewSnapshot To, IReadOnlyList<ReviewComparisonRow> Rows);
