namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// Degrees on one ladder, so that a post's requirement can be checked: university (bachelor, engineer,
/// physician), postgraduate (master, resident, specialist level I) and doctoral (doctorate, specialist level II).
/// The health sector's degrees sit where the Ministry of Health places them for appointments.
/// </summary>
public static class DegreeLevel
{
    public static int Of(Degree degree) => degree switch
    {
        Degree.Bachelor or Degree.Engineer or Degree.Physician => 1,
        Degree.Master or Degree.Resident or Degree.SpecialistFirstLevel => 2,
        Degree.Doctorate or Degree.SpecialistSecondLevel => 3,
        _ => 0,
    };

    public static bool Satisfies(Degree held, Degree required) => Of(held) >= Of(required);
}
