using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Duplicates;

/// <summary>Two records that may be one person, and why the platform thinks so.</summary>
public sealed record DuplicateCandidate(Intellectual First, Intellectual Second, DuplicateReason Reason);

public enum DuplicateReason
{
    /// <summary>Same name (ignoring diacritics) and same date of birth.</summary>
    SameNameAndBirthDate,

    /// <summary>Names one or two letters apart, same date of birth, same unit.</summary>
    CloseNameSameUnit,
}
