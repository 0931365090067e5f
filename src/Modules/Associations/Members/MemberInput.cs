namespace TriThuc.Modules.Associations.Members;

public sealed class MemberInput
{
    public Guid AssociationId { get; init; }

    public Guid? PersonId { get; init; }

    public string? ExternalName { get; init; }

    public MemberKind Kind { get; init; }

    public DateOnly JoinedOn { get; init; }
}
