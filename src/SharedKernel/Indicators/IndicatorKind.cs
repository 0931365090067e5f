namespace TriThuc.SharedKernel.Indicators;

/// <summary>How an indicator's value is formed from its subjects.</summary>
public enum IndicatorKind
{
    /// <summary>Numerator over denominator: the weight of subjects in the numerator over the weight of all subjects (a percentage).</summary>
    Share,

    /// <summary>The number of subjects (people, projects...).</summary>
    Count,

    /// <summary>The sum of the subjects' weights, e.g. money in VND.</summary>
    Amount,
}
