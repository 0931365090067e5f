namespace TriThuc.Modules.Associations.Drafts;

/// <summary>One numbered paragraph (1…) of a draft, the thing a comment is about.</summary>
public sealed class DraftParagraph : Entity
{
    public Guid DraftId { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = "";
}
