namespace TriThuc.Modules.Registry.People;

public enum EmploymentStatus
{
    Working,
    Retired,
    MovedAway,
}
