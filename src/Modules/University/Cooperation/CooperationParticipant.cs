namespace TriThuc.Modules.University.Cooperation;

/// <summary>A Registry intellectual who took part in an activity.</summary>
public sealed class CooperationParticipant : Entity
{
    public Guid ActivityId { get; set; }

    [DataSubject]
    public Guid PersonId { get; set; }
}
