using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Policies;

public sealed class PolicyVersionInput
{
    public DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public LegalInstrumentKind InstrumentKind { get; init; }

    public string InstrumentNumber { get; init; } = "";

    public DateOnly InstrumentSignedOn { get; init; }

    public string Issuer { get; init; } = "";

    public DegreeLevel MinimumDegree { get; init; }

    public IReadOnlyList<string>? FieldCodes { get; init; }

    public int? MaximumAge { get; init; }

    public bool ExtremelyDifficultAreasOnly { get; init; }

    public long? OneOffAmount { get; init; }

    public decimal? OneOffBaseSalaryMonths { get; init; }

    public decimal? MonthlyShare { get; init; }

    public MonthlyAllowanceBase MonthlyBase { get; init; }

    public bool Housing { get; init; }

    public int CommitmentYears { get; init; }

    public RefundRule RefundRule { get; init; }
}
