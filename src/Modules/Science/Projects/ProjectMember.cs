namespace TriThuc.Modules.Science.Projects;

/// <summary>A Registry person taking part in a project besides its lead.</summary>
public sealed class ProjectMember : Entity
{
    public Guid ProjectId { get; set; }

    [DataSubject]
    public Guid IntellectualId { get; set; }
}
