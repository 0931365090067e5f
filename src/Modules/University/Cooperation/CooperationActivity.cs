namespace TriThuc.Modules.University.Cooperation;

/// <summary>Something done under an agreement (an exchange, a joint project, a visiting expert, a lecturer sent out), within its validity.</summary>
public sealed class CooperationActivity : TitledEntity
{
    public Guid AgreementId { get; set; }

    public ActivityKind Kind { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The last day; the start day for a one-day activity.</summary>
    public DateOnly EndDate { get; set; }

    public List<CooperationParticipant> Participants { get; set; } = [];
}
