using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Indicators;

/// <summary>What the Registry's indicators need to know of one person on the register: no names, loaded for everyone at once.</summary>
internal sealed record PersonFacts(
    Guid Id,
    Guid UnitId,
    string FieldCode,
    Gender Gender,
    string EthnicGroupCode,
    DateOnly DateOfBirth,
    bool IsPublicSector,
    bool IsRemotePosting,
    AcademicTitle? AcademicTitle,
    int? AcademicTitleYear)
{
    /// <summary>Full years of age on <paramref name="day"/>: a person turns 40 on their 40th birthday, not before.</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > day ? age - 1 : age;
    }

    public bool HasAcademicTitleIn(int year) => AcademicTitle is not null && (AcademicTitleYear is null || AcademicTitleYear <= year);
}
