namespace TriThuc.Modules.Science.Projects;

/// <summary>The filters of the projects list; every one is optional and they combine with AND.</summary>
public sealed class ProjectFilter
{
    public ProjectStatus? Status { get; init; }

    public ProjectLevel? Level { get; init; }

    public string? FieldCode { get; init; }

    public Guid? HostUnitId { get; init; }

    public Guid? LeadId { get; init; }

    /// <summary>Projects whose planned period covers some day of this year.</summary>
    public int? Year { get; init; }

    /// <summary>Code or title, ignoring diacritics and case: "lua nep" finds "Lúa nếp".</summary>
    public string? Search { get; init; }
}
