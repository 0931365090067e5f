using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

/// <summary>
/// How a commune or village was classed for one period, by the decision that listed it: its region (khu vực
/// I/II/III), whether it is an extremely difficult village (thôn đặc biệt khó khăn) and whether it is a border
/// commune. A unit's periods never overlap; the lists of each period stay, for the entitlements of their time.
/// </summary>
public sealed class AreaClassification : Entity
{
    public Guid UnitId { get; set; }

    public AreaZone? Zone { get; set; }

    public bool IsExtremelyDifficultVillage { get; set; }

    public bool IsBorder { get; set; }

    /// <summary>The decision that set it, e.g. "861/QĐ-TTg" or "60/QĐ-BDTTG".</summary>
    public string Decision { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    /// <summary>The last day it applied; null while it still does.</summary>
    public DateOnly? ValidTo { get; set; }

    public bool AppliesOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    public AreaClassificationSummary ToSummary() => new(UnitId, Zone, IsExtremelyDifficultVillage, IsBorder, Decision, ValidFrom, ValidTo);
}
