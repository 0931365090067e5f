namespace TriThuc.Host.Indicators;

/// <summary>One line of a drill-down: who or what is counted, where, and whether in the numerator.</summary>
/// <param name="UnitCode">The code of the unit counted in: with the id, the order the drill-down pages by.</param>
internal sealed record IndicatorSubjectEntry(Guid Id, string Name, string UnitCode, string? UnitName, bool InNumerator, decimal Weight);
