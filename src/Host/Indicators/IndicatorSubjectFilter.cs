namespace TriThuc.Host.Indicators;

/// <summary>Which subjects a drill-down lists: numerator or not, within a unit's subtree, with one dimension's value.</summary>
internal sealed record IndicatorSubjectFilter(bool? InNumerator, Guid? UnitId, string? Dimension, string? Value);
