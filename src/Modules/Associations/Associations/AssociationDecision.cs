namespace TriThuc.Modules.Associations.Associations;

/// <summary>A dated decision that changes an association's status (suspension, return to activity, dissolution).</summary>
public sealed class AssociationDecision : Entity
{
    public Guid AssociationId { get; set; }

    public AssociationStatus Status { get; set; }

    public string Number { get; set; } = "";

    public DateOnly DecidedOn { get; set; }
}
