namespace TriThuc.Modules.University.Research;

/// <summary>The filters of the list; every one is optional and they combine with AND.</summary>
public sealed class ResearchOutputFilter
{
    public ResearchOutputKind? Kind { get; init; }

    public int? Year { get; init; }

    /// <summary>Outputs this Registry intellectual authored.</summary>
    public Guid? PersonId { get; init; }

    public string? FieldCode { get; init; }

    /// <summary>Part of the title or a keyword, ignoring diacritics and case.</summary>
    public string? Search { get; init; }
}
