namespace TriThuc.Modules.Associations.Associations;

/// <summary>
/// A dated decision amending an association's charter (Decree 126/2024/NĐ-CP) that changes the length of its terms.
/// It applies to terms starting on or after its day; a term that started before keeps the length it began under.
/// Amendments follow one another in time and are never edited, so the earlier length stays readable
/// (<see cref="PreviousTermYears"/>, and the founding charter's on <see cref="Association.TermYears"/>).
/// </summary>
public sealed class CharterAmendment : Entity
{
    public Guid AssociationId { get; set; }

    public int TermYears { get; set; }

    /// <summary>The length in force the day before this amendment (the founding charter's or the previous amendment's).</summary>
    public int PreviousTermYears { get; set; }

    public string Number { get; set; } = "";

    public DateOnly DecidedOn { get; set; }
}
