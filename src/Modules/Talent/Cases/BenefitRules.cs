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

    /// <summary>
    /// The monthly allowance for the month of <paramref name="month"/>, in đồng: the version's share of the base salary in
    /// force on the month's first day, while the benefit period (the commitment, until it ended) covers that month. Null when
    /// the version grants none, when it is a share of the person's own salary (which the platform does not record), or outside
    /// the period.
    /// </summary>
    public static long? Monthly(PolicyVersion? version, IEnumerable<LegalParameter> parameters, DateOnly? startsOn, DateOnly? endsOn, DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        if (version?.MonthlyShare is not { } share || version.MonthlyBase != MonthlyAllowanceBase.BaseSalary || startsOn is not { } start || endsOn is not { } end
            || first.AddMonths(1) <= start || first > end)
        {
            return null;
        }

        return LegalParameterRules.On(parameters, LegalParameterKind.BaseSalary, first) is { } baseSalary
            ? (long)Math.Round(share * baseSalary.Value, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>The last day of a commitment of <paramref name="years"/> years starting on <paramref name="startsOn"/>.</summary>
    public static DateOnly CommitmentEnd(DateOnly startsOn, int years) => startsOn.AddYears(years).AddDays(-1);
}
