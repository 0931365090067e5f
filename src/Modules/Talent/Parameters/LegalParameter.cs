namespace TriThuc.Modules.Talent.Parameters;

/// <summary>One value of a <see cref="LegalParameterKind"/> from the day the instrument that set it takes effect, until the next value of the same kind.</summary>
public sealed class LegalParameter : Entity
{
    public LegalParameterKind Kind { get; set; }

    public decimal Value { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The instrument that set it, e.g. "Nghị định 73/2024/NĐ-CP".</summary>
    public string Instrument { get; set; } = "";
}
