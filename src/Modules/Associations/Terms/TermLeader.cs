namespace TriThuc.Modules.Associations.Terms;

/// <summary>A Registry intellectual in a leadership role of one term, from the day they were elected or appointed.</summary>
public sealed class TermLeader : Entity
{
    public Guid TermId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }

    public LeaderRole Role { get; set; }

    public DateOnly AppointedOn { get; set; }
}
