namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// How a unit was classed for one period (the lists change each period: Decision 861/QĐ-TTg for 2021–2025, Decision
/// 60/QĐ-BDTTG on the merged communes for 2026–2030): its region, whether it is an extremely difficult village
/// (thôn đặc biệt khó khăn) or a border commune, and the decision that set it.
/// </summary>
public sealed record AreaClassificationSummary(
    Guid UnitId, AreaZone? Zone, bool IsExtremelyDifficultVillage, bool IsBorder, string Decision, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool AppliesOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>Whether Decree 76/2019/NĐ-CP's remote-area support applies: a region III commune or an extremely difficult village.</summary>
    public bool IsExtremelyDifficult => Zone == AreaZone.RegionIII || IsExtremelyDifficultVillage;
}
