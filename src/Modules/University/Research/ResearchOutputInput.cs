namespace TriThuc.Modules.University.Research;

public sealed class ResearchOutputInput
{
    public string Title { get; init; } = "";

    public ResearchOutputKind Kind { get; init; }

    public int Year { get; init; }

    public string? Venue { get; init; }

    public string? Doi { get; init; }

    public string? Issn { get; init; }

    public string? FieldCode { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<ResearchAuthorInput> Authors { get; init; } = [];
}

public sealed class ResearchAuthorInput
{
    public Guid? PersonId { get; init; }

    public string? ExternalName { get; init; }

    public string? Orcid { get; init; }

    public bool IsCorresponding { get; init; }
}
