namespace TriThuc.Modules.Associations.Associations;

/// <summary>
/// An association (hội, Decree 126/2024/NĐ-CP): its kind, the association above it, its field, the decisions that
/// founded it and approved its charter, its charter's term length and the amendments of it, and the grace rule of its
/// members' dues. Its status on a day is never stored: it follows from the dated decisions (<see cref="StatusOn"/>), as
/// the term length in force on a day follows from the amendments (<see cref="TermYearsOn"/>). Its version serialises the
/// writes whose rules read what hangs off it (decisions, amendments, terms): each such save changes it
/// (<see cref="Versions.SerialiseOn{T}"/>).
/// </summary>
public sealed class Association : TitledEntity, IVersioned
{
    public int Version { get; set; }

    public AssociationKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    public string Field { get; set; } = "";

    public string FoundingDecision { get; set; } = "";

    public DateOnly FoundedOn { get; set; }

    public string? CharterDecision { get; set; }

    public DateOnly? CharterApprovedOn { get; set; }

    /// <summary>Days after the dues run out during which a member is still in grace rather than lapsed.</summary>
    public int GraceDays { get; set; }

    /// <summary>
    /// The length of a term (nhiệm kỳ) in years under the charter the association was founded with; a term may be
    /// shorter, never longer. An amendment changes it from its day on (<see cref="TermYearsOn"/>).
    /// </summary>
    public int TermYears { get; set; } = AssociationRules.DefaultTermYears;

    public List<AssociationDecision> Decisions { get; set; } = [];

    public List<CharterAmendment> CharterAmendments { get; set; } = [];

    /// <summary>The length of a term under the charter in force on a day: the last amendment by then, else the founding charter's.</summary>
    public int TermYearsOn(DateOnly day) =>
        CharterAmendments.Where(c => c.DecidedOn <= day).MaxBy(c => c.DecidedOn)?.TermYears ?? TermYears;

    /// <summary>The status on a day, or null before the founding: that of the last decision by then, active without one.</summary>
    public AssociationStatus? StatusOn(DateOnly day) =>
        day < FoundedOn
            ? null
            : Decisions.Where(d => d.DecidedOn <= day).OrderBy(d => d.DecidedOn).ThenBy(d => d.Id).Select(d => (AssociationStatus?)d.Status).LastOrDefault()
              ?? AssociationStatus.Active;
}
