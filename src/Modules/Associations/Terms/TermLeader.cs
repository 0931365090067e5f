namespace TriThuc.Modules.Associations.Terms;

/// <summary>
/// A Registry intellectual in a leadership role of one term, from the day they were elected or appointed to the day they
/// left the seat (resigned, relieved, promoted to another seat, died), or to the end of the term.
/// </summary>
public sealed class TermLeader : Entity
{
    public Guid TermId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }

    public LeaderRole Role { get; set; }

    public DateOnly AppointedOn { get; set; }

    /// <summary>The last day in the seat; null while the person holds it (to the end of the term).</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>Why the seat ended (the decision or reason as the association records it); set with <see cref="LeftOn"/>.</summary>
    public string? LeftReason { get; set; }

    /// <summary>The last day of the seat within <paramref name="term"/>: the day left, or the term's end.</summary>
    public DateOnly HeldUntil(Term term) => LeftOn ?? term.EndsOn;
}
