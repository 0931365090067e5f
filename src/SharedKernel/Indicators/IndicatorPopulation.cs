namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// Everything needed to measure one indicator on one day: the subjects, the unit tree they belong to, and
/// readable names for dimension codes (e.g. "dimension key" → code → "Tiến sĩ").
/// </summary>
public sealed class IndicatorPopulation(
    IReadOnlyList<IndicatorSubject> subjects,
    IReadOnlyList<IndicatorUnit> units,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? valueNames = null)
{
    public IReadOnlyList<IndicatorSubject> Subjects { get; } = subjects;

    public IReadOnlyList<IndicatorUnit> Units { get; } = units;

    /// <summary>The readable name of a dimension's value, or the code itself when the source gave none.</summary>
    public string NameOf(string dimensionKey, string code) =>
        valueNames is not null && valueNames.TryGetValue(dimensionKey, out var names) && names.TryGetValue(code, out var name) ? name : code;
}
