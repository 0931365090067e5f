namespace TriThuc.Modules.Health.Licences;

/// <summary>A dated decision that suspends, reinstates or revokes a licence from <see cref="DecidedOn"/>, with its number and reason.</summary>
public sealed class LicenceDecision : Entity
{
    /// <summary>
    /// Not marked <see cref="DataSubjectViaAttribute"/> on purpose: suspending or revoking a licence is the licensing
    /// authority's duty under the law, and a holder's restriction of processing does not stop it.
    /// </summary>
    public Guid LicenceId { get; set; }

    public LicenceDecisionKind Kind { get; set; }

    public string Number { get; set; } = "";

    /// <summary>The day it takes effect.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>Why: a disciplinary matter about a person, so personal data.</summary>
    [PersonalData]
    public string Reason { get; set; } = "";
}
