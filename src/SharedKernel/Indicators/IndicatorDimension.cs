namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// A way to break an indicator down. <see cref="Key"/> is stable (used in the API and in review snapshots);
/// <see cref="Name"/> is what people read. The organisation unit is always available and is not listed
/// here: it comes from <see cref="IndicatorSubject.UnitId"/> and rolls up the unit tree. A <see cref="Sensitive"/>
/// dimension (ethnic origin, minority, age) can be counted by anyone, but its values filter a drill-down only
/// for callers with the personal-data permission, and each subject so listed is logged as a sensitive read
/// of the dimension's key.
/// </summary>
public sealed record IndicatorDimension(string Key, string Name, bool Sensitive = false)
{
    public const string UnitKey = "unit";

    /// <summary>The organisation unit, which every indicator can be broken down by.</summary>
    public static IndicatorDimension Unit { get; } = new(UnitKey, "Đơn vị");

    public static IndicatorDimension Field { get; } = new("field", "Lĩnh vực");

    public static IndicatorDimension Gender { get; } = new("gender", "Giới tính");

    /// <summary>Ethnic origin is sensitive personal data: anyone may see the breakdown, but listing the people behind a value needs the personal-data permission.</summary>
    public static IndicatorDimension EthnicGroup { get; } = new("ethnicGroup", "Dân tộc", Sensitive: true);
}
