namespace TriThuc.Modules.Associations.Drafts;

/// <summary>What the drafting agency did with one comment: accepted, partly accepted or not accepted, with its explanation. Recorded once.</summary>
public sealed class CommentDisposition : Entity
{
    public Guid CommentId { get; set; }

    public DispositionKind Kind { get; set; }

    public string Explanation { get; set; } = "";
}
