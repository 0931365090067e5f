namespace TriThuc.Modules.University.Cooperation;

/// <summary>
/// A cooperation agreement of the branch with a partner at home or abroad, in force from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/> (open-ended when null); its activities fall within that validity. The title is the partner's name.
/// </summary>
public sealed class CooperationAgreement : TitledEntity
{
    public string Country { get; set; } = "";

    /// <summary>The country folded (no diacritics, lower case), for search.</summary>
    public string SearchCountry { get; set; } = "";

    public AgreementOrigin Origin { get; set; }

    public AgreementType Type { get; set; }

    /// <summary>What the parties cooperate on, as written in the agreement.</summary>
    public string Scope { get; set; } = "";

    public DateOnly SignedOn { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The Registry unit of the branch that answers for the agreement.</summary>
    public Guid ResponsibleUnitId { get; set; }

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
