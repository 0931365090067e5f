namespace TriThuc.Modules.Associations.Drafts;

/// <summary>
/// A comment on one paragraph of a draft, attributed to a Registry intellectual; taken only while the window is open
/// (<see cref="CreatedAt"/> is when, by the server's clock). The contact the commenter leaves is personal data.
/// </summary>
public sealed class DraftComment : Entity
{
    public Guid DraftId { get; set; }

    public Guid ParagraphId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }

    public string Text { get; set; } = "";

    /// <summary>An e-mail address or phone number for the agency to reach the commenter, if they left one.</summary>
    [PersonalData]
    public string? Contact { get; set; }

    public CommentDisposition? Disposition { get; set; }
}
