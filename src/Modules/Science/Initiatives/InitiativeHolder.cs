namespace TriThuc.Modules.Science.Initiatives;

/// <summary>One of the Registry persons who hold an initiative or patent.</summary>
public sealed class InitiativeHolder : Entity
{
    public Guid InitiativeId { get; set; }

    [DataSubject]
    public Guid IntellectualId { get; set; }
}
