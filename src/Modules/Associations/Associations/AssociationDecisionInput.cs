namespace TriThuc.Modules.Associations.Associations;

public sealed class AssociationDecisionInput
{
    public AssociationStatus Status { get; init; }

    public string Number { get; init; } = "";

    public DateOnly DecidedOn { get; init; }
}
