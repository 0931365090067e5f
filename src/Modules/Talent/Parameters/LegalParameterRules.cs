namespace TriThuc.Modules.Talent.Parameters;

/// <summary>Dated legal values: which one applies on a day, and the checks a new one passes.</summary>
public static class LegalParameterRules
{
    public const int MaxInstrumentLength = 200;

    public static LegalParameter New(LegalParameterInput input, IEnumerable<LegalParameter> sameKind)
    {
        var instrument = Require.Text(input.Instrument, MaxInstrumentLength, "instrument", "Văn bản quy định");
        if (input.Value <= 0)
        {
            throw DomainException.Validation("value", "Giá trị phải lớn hơn 0.");
        }

        if (sameKind.FirstOrDefault(p => p.EffectiveFrom == input.EffectiveFrom) is { } same)
        {
            throw DomainException.Conflict(
                $"Đã có giá trị {same.Value} áp dụng từ ngày {same.EffectiveFrom:dd/MM/yyyy} theo {same.Instrument}; mỗi ngày chỉ một giá trị.", "effectiveFrom");
        }

        return new LegalParameter { Kind = input.Kind, Value = input.Value, EffectiveFrom = input.EffectiveFrom, Instrument = instrument };
    }

    /// <summary>The value in force on <paramref name="day"/>: the latest that took effect on or before it.</summary>
    public static LegalParameter? On(IEnumerable<LegalParameter> values, LegalParameterKind kind, DateOnly day) =>
        values.Where(p => p.Kind == kind && p.EffectiveFrom <= day).MaxBy(p => p.EffectiveFrom);

    /// <summary>Like <see cref="On"/>, refusing with a message a clerk can act on when nothing is in force that day.</summary>
    public static decimal ValueOn(IEnumerable<LegalParameter> values, LegalParameterKind kind, DateOnly day, string field) =>
        On(values, kind, day)?.Value
        ?? throw DomainException.Validation(field, $"Chưa có giá trị '{EnumLabels.Of(kind)}' áp dụng vào ngày {day:dd/MM/yyyy}; hãy nhập mức theo văn bản quy định trước.");
}
