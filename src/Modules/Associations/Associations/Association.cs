namespace TriThuc.Modules.Associations.Associations;

/// <summary>
/// An association (hội, Decree 126/2024/NĐ-CP): its kind, the association above it, its field, the decisions that
/// founded it and approved its charter, and the grace rule of its members' dues. Its status on a day is never stored:
/// it follows from the dated decisions (<see cref="StatusOn"/>).
/// </summary>
public sealed class Association : TitledEntity
{
    public AssociationKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    public string Field { get; set; } = "";

    public string FoundingDecision { get; set; } = "";

    public DateOnly FoundedOn { get; set; }

    public string? CharterDecision { get; set; }

    public DateOnly? CharterApprovedOn { get; set; }

    /// <summary>Days after the dues run out during which a member is still in grace rather than lapsed.</summary>
    public int GraceDays { get; set; }

    /// <summary>The length of a term (nhiệm kỳ) in years, as the charter sets it; a term may be shorter, never longer.</summary>
    public int TermYears { get; set; } = AssociationRules.DefaultTermYears;

    public List<AssociationDecision> Decisions { get; set; } = [];

    /// <summary>The status on a day, or null before the founding: that of the last decision by then, active without one.</summary>
    public AssociationStatus? StatusOn(DateOnly day) =>
        day < FoundedOn
            ? null
            : Decisions.Where(d => d.DecidedOn <= day).OrderBy(d => d.DecidedOn).ThenBy(d => d.Id).Select(d => (AssociationStatus?)d.Status).LastOrDefault()
              ?? AssociationStatus.Active;
}
