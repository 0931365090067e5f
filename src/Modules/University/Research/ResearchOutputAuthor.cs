namespace TriThuc.Modules.University.Research;

/// <summary>An author of an output in their place in the byline: a Registry intellectual, or someone from outside by name.</summary>
public sealed class ResearchOutputAuthor : Entity
{
    public Guid OutputId { get; set; }

    /// <summary>1 for the first author.</summary>
    public int Position { get; set; }

    [DataSubject]
    public Guid? PersonId { get; set; }

    /// <summary>The name of an author who is not on the register.</summary>
    public string? ExternalName { get; set; }

    public string? Orcid { get; set; }

    public bool IsCorresponding { get; set; }
}
