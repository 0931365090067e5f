namespace TriThuc.Modules.Associations.Associations;

public sealed class AssociationInput
{
    public string Title { get; init; } = "";

    public AssociationKind Kind { get; init; }

    public Guid? ParentId { get; init; }

    public string Field { get; init; } = "";

    public string FoundingDecision { get; init; } = "";

    public DateOnly FoundedOn { get; init; }

    public string? CharterDecision { get; init; }

    public DateOnly? CharterApprovedOn { get; init; }

    /// <summary>Left out: the usual <see cref="AssociationRules.DefaultGraceDays"/>.</summary>
    public int? GraceDays { get; init; }

    /// <summary>Left out: the usual <see cref="AssociationRules.DefaultTermYears"/>.</summary>
    public int? TermYears { get; init; }
}
