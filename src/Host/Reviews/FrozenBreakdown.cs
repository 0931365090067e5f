using TriThuc.Host.Indicators;

namespace TriThuc.Host.Reviews;

/// <summary>One breakdown of an indicator as a review froze it: the dimension's key and name, and its lines.</summary>
internal sealed record FrozenBreakdown(string Dimension, string Name, IReadOnlyList<IndicatorBreakdownRow> Rows);
