using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Policies;

/// <summary>
/// A policy's text from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/>: its legal basis, the target group,
/// the benefits, the years of commitment and the refund rule. Amounts the law sets elsewhere (the base salary) are
/// not copied here: the benefit names a multiple of them, read from the dated parameters on the day it is granted.
/// </summary>
public sealed class PolicyVersion : Entity
{
    public Guid PolicyId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The last day it applies; null while in force. Set to the day before an amendment takes effect.</summary>
    public DateOnly? EffectiveTo { get; set; }

    public LegalInstrumentKind InstrumentKind { get; set; }

    public string InstrumentNumber { get; set; } = "";

    public DateOnly InstrumentSignedOn { get; set; }

    public string Issuer { get; set; } = "";

    public DegreeLevel MinimumDegree { get; set; }

    /// <summary>The Registry's expertise field codes the policy targets, comma-separated; empty for any field.</summary>
    public string FieldCodes { get; set; } = "";

    /// <summary>The oldest an applicant may be on the application day; null for no limit.</summary>
    public int? MaximumAge { get; set; }

    /// <summary>Only posts in a region III commune or an extremely difficult village on the application day.</summary>
    public bool ExtremelyDifficultAreasOnly { get; set; }

    /// <summary>A one-off amount in đồng, when the policy sets a fixed sum.</summary>
    public long? OneOffAmount { get; set; }

    /// <summary>A one-off amount as a number of months of the base salary in force on the approval day.</summary>
    public decimal? OneOffBaseSalaryMonths { get; set; }

    /// <summary>The monthly allowance as a share (0.7 is 70%) of <see cref="MonthlyBase"/>; null when there is none.</summary>
    public decimal? MonthlyShare { get; set; }

    public MonthlyAllowanceBase MonthlyBase { get; set; }

    public bool Housing { get; set; }

    public int CommitmentYears { get; set; }

    public RefundRule RefundRule { get; set; }

    public bool AppliesOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public IReadOnlyList<string> Fields => FieldCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
