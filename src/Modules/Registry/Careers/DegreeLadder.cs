using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// Each degree on the one ladder of <see cref="DegreeLevel"/>, so that a post's requirement can be checked: university
/// (bachelor, engineer, physician), postgraduate (master, resident, specialist level I) and doctoral (doctorate,
/// specialist level II). The health sector's degrees sit where the Ministry of Health places them for appointments.
/// </summary>
public static class DegreeLadder
{
    public static DegreeLevel? Of(Degree degree) => degree switch
    {
        Degree.Bachelor or Degree.Engineer or Degree.Physician => DegreeLevel.University,
        Degree.Master or Degree.Resident or Degree.SpecialistFirstLevel => DegreeLevel.Master,
        Degree.Doctorate or Degree.SpecialistSecondLevel => DegreeLevel.Doctor,
        _ => null,
    };

    /// <summary>The rung as a number, 0 for a degree off the ladder.</summary>
    public static int RankOf(Degree degree) => (int?)Of(degree) ?? 0;

    public static bool Satisfies(Degree held, Degree required) => RankOf(held) >= RankOf(required);
}
