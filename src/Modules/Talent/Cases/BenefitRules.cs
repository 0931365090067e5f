using TriThuc.Modules.Talent.Parameters;
using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>The amounts a policy version grants, from the dated legal values in force on the decision day.</summary>
public static class BenefitRules
{
    /// <summary>The one-off support: the fixed sum, or months of the base salary on <paramref name="day"/>; null when the version grants none.</summary>
    public static long? OneOff(PolicyVersion version, IEnumerable<LegalParameter> parameters, DateOnly day)
    {
        if (version.OneOffAmount is { } fixedSum)
        {
            return fixedSum;
        }

        return version.OneOffBaseSalaryMonths is { } months
            ? (long)Math.Round(months * LegalParameterRules.ValueOn(parameters, LegalParameterKind.BaseSalary, day, "decision.decidedOn"), MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>The last day of a commitment of <paramref name="years"/> years starting on <paramref name="startsOn"/>.</summary>
    public static DateOnly CommitmentEnd(DateOnly startsOn, int years) => startsOn.AddYears(years).AddDays(-1);
}
