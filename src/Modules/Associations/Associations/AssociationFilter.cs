namespace TriThuc.Modules.Associations.Associations;

/// <summary>The filters of the list; every one is optional and they combine with AND.</summary>
public sealed class AssociationFilter
{
    public AssociationKind? Kind { get; init; }

    public Guid? ParentId { get; init; }

    /// <summary>Part of the name, ignoring diacritics and case.</summary>
    public string? Search { get; init; }
}
