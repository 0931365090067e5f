namespace TriThuc.Host.Indicators;

/// <summary>One line of a drill-down: who or what is counted, where, and whether in the numerator.</summary>
internal sealed record IndicatorSubjectEntry(Guid Id, string Name, string? UnitName, bool InNumerator, decimal Weight);
