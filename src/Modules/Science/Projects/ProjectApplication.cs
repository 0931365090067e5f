namespace TriThuc.Modules.Science.Projects;

/// <summary>Where and how an accepted project's results are used in practice.</summary>
public sealed class ProjectApplication
{
    public string Place { get; set; } = "";

    public string Scale { get; set; } = "";

    public string Effect { get; set; } = "";

    public DateOnly AppliedOn { get; set; }
}
