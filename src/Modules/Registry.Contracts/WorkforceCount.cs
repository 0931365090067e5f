namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// The people of one unit (where the Registry places them now) and one field on a day: in all, by their highest degree
/// obtained by that year on the <see cref="DegreeLevel"/> ladder (each person counts on one rung), with an academic title
/// conferred by that year, and how many are young, women and of an ethnic minority.
/// </summary>
public sealed record WorkforceCount(
    Guid UnitId, string FieldCode, int Total, int University, int Master, int Doctor,
    int AssociateProfessors, int Professors, int Young, int Women, int EthnicMinority)
{
    /// <summary>Those with a university degree or higher.</summary>
    public int UniversityOrAbove => University + Master + Doctor;
}
