namespace TriThuc.Modules.University.Research;

/// <summary>
/// A research output of the branch (a project, an article, a paper, a book, a patent) with its authors in order;
/// its DOI, ISSN and the authors' ORCID iDs are stored in their standard forms, checked.
/// </summary>
public sealed class ResearchOutput : TitledEntity
{
    public ResearchOutputKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>The journal, conference, publisher or patent office.</summary>
    public string? Venue { get; set; }

    public string? Doi { get; set; }

    public string? Issn { get; set; }

    /// <summary>The Registry's expertise field code.</summary>
    public string? FieldCode { get; set; }

    /// <summary>Keywords as entered, separated by semicolons.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>The keywords folded (no diacritics, lower case), for search.</summary>
    public string SearchKeywords { get; set; } = "";

    public List<ResearchOutputAuthor> Authors { get; set; } = [];
}
