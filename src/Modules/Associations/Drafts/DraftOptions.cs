namespace TriThuc.Modules.Associations.Drafts;

/// <summary>
/// Settings of comments on drafts (<c>TriThuc:Modules:Associations:Drafts</c>). <see cref="MinimumCommentWindow"/>: the
/// shortest comment window a draft may be published with (<c>Drafts:MinimumCommentWindow</c>, a TimeSpan such as
/// "10.00:00:00"; default 10 days). It is the platform's floor, not a legal one: a document whose law requires a longer
/// consultation needs the agency to set its window accordingly.
/// </summary>
public sealed record DraftOptions(TimeSpan MinimumCommentWindow)
{
    public static TimeSpan DefaultMinimum { get; } = TimeSpan.FromDays(10);
}
