namespace TriThuc.Modules.Registry.People;

public enum Gender
{
    Male,
    Female,
}
