namespace TriThuc.Modules.Associations.Drafts;

/// <summary>What the drafting agency did with one comment: accepted, partly accepted or not accepted, with its explanation. Recorded once.</summary>
public sealed class CommentDisposition : Entity
{
    /// <summary>
    /// Not marked <see cref="DataSubjectViaAttribute"/> on purpose: the disposition is the drafting agency's answer to a
    /// comment already given, which it owes whatever the commenter later asks, and it adds nothing about the commenter.
    /// </summary>
    public Guid CommentId { get; set; }

    public DispositionKind Kind { get; set; }

    public string Explanation { get; set; } = "";
}
