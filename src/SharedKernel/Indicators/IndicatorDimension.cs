namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// A way to break an indicator down. <see cref="Key"/> is stable (used in the API and in review snapshots);
/// <see cref="Name"/> is what people read. The organisation unit is always available and is not listed
/// here: it comes from <see cref="IndicatorSubject.UnitId"/> and rolls up the unit tree.
/// </summary>
public sealed record IndicatorDimension(string Key, string Name)
{
    public const string UnitKey = "unit";

    public static IndicatorDimension Field { get; } = new("field", "Lĩnh vực");

    public static IndicatorDimension Gender { get; } = new("gender", "Giới tính");

    /// <summary>Ethnic origin is sensitive personal data: a breakdown by it is an aggregate, never a list of people.</summary>
    public static IndicatorDimension EthnicGroup { get; } = new("ethnicGroup", "Dân tộc");
}
