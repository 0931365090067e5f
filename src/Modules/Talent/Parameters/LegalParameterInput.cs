namespace TriThuc.Modules.Talent.Parameters;

public sealed class LegalParameterInput
{
    public LegalParameterKind Kind { get; init; }

    public decimal Value { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public string Instrument { get; init; } = "";
}
