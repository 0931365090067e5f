namespace TriThuc.Modules.Science.Projects;

/// <summary>Who commissions the project: the State (national), the province, or a grassroots unit.</summary>
public enum ProjectLevel
{
    National,
    Provincial,
    Grassroots,
}
