namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// One person (or project, grant...) counted by an indicator. A share's numerator is the weight of
/// subjects with <see cref="InNumerator"/>; counts use weight 1, amounts the money.
/// </summary>
/// <param name="Dimensions">Values (codes) of the indicator's dimensions, in the order of <see cref="IndicatorDefinition.Dimensions"/>; null when unknown.</param>
public sealed record IndicatorSubject(Guid Id, Guid? UnitId, bool InNumerator, decimal Weight, IReadOnlyList<string?> Dimensions);
