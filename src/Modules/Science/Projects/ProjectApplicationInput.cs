namespace TriThuc.Modules.Science.Projects;

/// <summary>Where an accepted project is applied, at what scale, with what effect.</summary>
public sealed class ProjectApplicationInput
{
    public string Place { get; init; } = "";

    public string Scale { get; init; } = "";

    public string Effect { get; init; } = "";

    public DateOnly? On { get; init; }

    public string? Reason { get; init; }
}
