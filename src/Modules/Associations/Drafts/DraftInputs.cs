namespace TriThuc.Modules.Associations.Drafts;

public sealed class DraftInput
{
    public Guid AgencyUnitId { get; init; }

    public string Title { get; init; } = "";

    public List<string> Paragraphs { get; init; } = [];

    public DateTimeOffset OpensAt { get; init; }

    public DateTimeOffset ClosesAt { get; init; }
}

/// <summary>A draft's new title and paragraphs, before its window opens.</summary>
public sealed class DraftRevisionInput
{
    public string Title { get; init; } = "";

    public List<string> Paragraphs { get; init; } = [];
}

public sealed class DraftCommentInput
{
    public Guid ParagraphId { get; init; }

    /// <summary>The commenter; an intellectual signed in as themselves may leave it out.</summary>
    public Guid? PersonId { get; init; }

    public string Text { get; init; } = "";

    public string? Contact { get; init; }
}

public sealed class DispositionInput
{
    public DispositionKind Kind { get; init; }

    public string? Explanation { get; init; }
}

/// <summary>The filters of the list; every one is optional and they combine with AND.</summary>
public sealed class DraftFilter
{
    public Guid? AgencyUnitId { get; init; }

    /// <summary>Only the drafts whose window is open now.</summary>
    public bool? OpenNow { get; init; }
}
