namespace TriThuc.Modules.Talent.Cases;

/// <summary>The dated decision that moved a case into <see cref="Status"/>: every transition has one.</summary>
public sealed class CaseDecision : Entity
{
    [DataSubjectVia(typeof(AttractionCase), nameof(AttractionCase.PersonId))]
    public Guid CaseId { get; set; }

    public CaseStatus Status { get; set; }

    public string Number { get; set; } = "";

    public DateOnly DecidedOn { get; set; }
}
