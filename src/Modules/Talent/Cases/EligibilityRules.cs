using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Policies;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>Whether an applicant fits the target group of the policy version in force on the application day; every failed criterion is named.</summary>
public static class EligibilityRules
{
    public static IReadOnlyList<EligibilityCriterion> Failed(
        PolicyVersion? version, DegreeLevel degree, string fieldCode, DateOnly birthDate, DateOnly appliedOn, AreaClassificationSummary? targetArea)
    {
        if (version is null)
        {
            return [EligibilityCriterion.PolicyNotInForce];
        }

        var failed = new List<EligibilityCriterion>();
        if (degree < version.MinimumDegree)
        {
            failed.Add(EligibilityCriterion.Degree);
        }

        if (version.Fields.Count > 0 && !version.Fields.Contains(fieldCode, StringComparer.OrdinalIgnoreCase))
        {
            failed.Add(EligibilityCriterion.Field);
        }

        if (version.MaximumAge is { } maximum && AgeOn(birthDate, appliedOn) > maximum)
        {
            failed.Add(EligibilityCriterion.Age);
        }

        if (version.ExtremelyDifficultAreasOnly && targetArea is not { IsExtremelyDifficult: true })
        {
            failed.Add(EligibilityCriterion.Area);
        }

        return failed;
    }

    /// <summary>Full years of age on <paramref name="day"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}
