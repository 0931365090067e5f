namespace TriThuc.Modules.University.Cooperation;

public sealed class CooperationAgreementInput
{
    public string Partner { get; init; } = "";

    /// <summary>The partner's country; Việt Nam when not given for a domestic partner.</summary>
    public string? Country { get; init; }

    public AgreementOrigin Origin { get; init; }

    public AgreementType Type { get; init; }

    public string Scope { get; init; } = "";

    public DateOnly SignedOn { get; init; }

    /// <summary>The first day in force; the signing day when not given.</summary>
    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public Guid ResponsibleUnitId { get; init; }
}
