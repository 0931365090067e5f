namespace TriThuc.Modules.Associations.Drafts;

/// <summary>
/// A draft (dự thảo) a drafting agency (a Registry unit) publishes for comment: its numbered paragraphs and a comment
/// window. The paragraphs are fixed once the window opens; after it closes the agency disposes of each comment and
/// publishes a summary, once.
/// </summary>
public sealed class Draft : TitledEntity
{
    public Guid AgencyUnitId { get; set; }

    public DateTimeOffset OpensAt { get; set; }

    /// <summary>The first instant no comment is taken.</summary>
    public DateTimeOffset ClosesAt { get; set; }

    public List<DraftParagraph> Paragraphs { get; set; } = [];

    /// <summary>The summary of the comments and what became of them; null until published.</summary>
    public string? Summary { get; set; }

    public DateTimeOffset? SummaryPublishedAt { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => OpensAt <= now && now < ClosesAt;
}
