namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// A leader on a day, as T1 and T2 count them: <paramref name="InternationallyReady"/> is T1's numerator;
/// <paramref name="UnderForty"/> is T2's population (personal data: it tells the person's age) and
/// <paramref name="LanguageOrInternationalTrained"/> its numerator, a completed foreign-language or international-environment training.
/// </summary>
public sealed record LeaderStanding(Guid IntellectualId, Guid UnitId, bool InternationallyReady, bool UnderForty, bool LanguageOrInternationalTrained)
{
    /// <summary>Not yet counted in T1's numerator.</summary>
    public bool NeedsCourseForT1 => !InternationallyReady;

    /// <summary>In T2's population and not yet in its numerator.</summary>
    public bool NeedsCourseForT2 => UnderForty && !LanguageOrInternationalTrained;
}
