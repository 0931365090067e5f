namespace TriThuc.Modules.Associations.Associations;

/// <summary>A user (the token's subject) who writes for one association: its members, its dues, its decisions.</summary>
public sealed class AssociationEditor : Entity
{
    public Guid AssociationId { get; set; }

    public string UserId { get; set; } = "";
}
