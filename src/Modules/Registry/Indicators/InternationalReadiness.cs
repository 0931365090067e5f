using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Indicators;

/// <summary>
/// T1's reading of "được đào tạo, bồi dưỡng … về môi trường quốc tế" (trained or educated to work in an international
/// environment): a leader counts who, by the day measured, has any of
/// <list type="bullet">
/// <item>a completed training of kind "international environment" (a short foreign-language course alone is not a
/// qualification; the level it leads to is, below);</item>
/// <item>a degree earned abroad (its country stated and not Việt Nam), obtained by that year;</item>
/// <item>a foreign-language qualification at level 4 (B2) or above of the six-level framework — the level at which one
/// works in the language. Language skills carry no date, so one on file counts whatever the day.</item>
/// </list>
/// </summary>
public static class InternationalReadiness
{
    public const int WorkingLanguageLevel = 4;

    public static readonly TrainingKind[] TrainingKinds = [TrainingKind.InternationalEnvironment];

    /// <param name="trainingsEnded">The kinds of the person's trainings that ended on or before <paramref name="day"/>.</param>
    /// <param name="degrees">The country and year of each of the person's degrees.</param>
    /// <param name="languageLevels">The levels of the person's foreign languages.</param>
    public static bool Counts(IEnumerable<TrainingKind> trainingsEnded, IEnumerable<(string? Country, int Year)> degrees, IEnumerable<int> languageLevels, DateOnly day) =>
        trainingsEnded.Any(TrainingKinds.Contains)
        || degrees.Any(d => d.Year <= day.Year && IsAbroad(d.Country))
        || languageLevels.Any(level => level >= WorkingLanguageLevel);

    /// <summary>Whether a country, as clerks write it, is not Việt Nam: "Việt Nam", "Viet Nam", "VN", "Vietnam" are home.</summary>
    public static bool IsAbroad(string? country) =>
        VietnameseText.Fold(country).Replace(" ", "") is { Length: > 0 } folded && folded is not ("vietnam" or "vn" or "cochxhcnvietnam" or "conghoaxahoichunghiavietnam");
}
