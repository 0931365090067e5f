namespace TriThuc.Modules.Talent.Remote;

/// <summary>
/// A person's post at a unit from a day, by a decision: the Registry keeps only where a person is now, so the dated
/// posts that remote-area support is judged on are recorded here.
/// </summary>
public sealed class RemotePosting : Entity
{
    [DataSubject]
    public Guid PersonId { get; set; }

    public Guid UnitId { get; set; }

    public string Decision { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    /// <summary>The last day; null while the post lasts.</summary>
    public DateOnly? EndsOn { get; set; }
}
