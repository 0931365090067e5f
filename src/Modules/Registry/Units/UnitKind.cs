namespace TriThuc.Modules.Registry.Units;

public enum UnitKind
{
    Province,
    Department,
    Agency,
    MassOrganisation,
    University,
    Hospital,
    School,
    Commune,
    Ward,
    Unit,
}
