using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Indicators;

/// <summary>The Health module's indicators, as leaders read them (docs/health.md, "Indicators").</summary>
public static class HealthIndicatorDefinitions
{
    public const string LicensedClinicians = "H1", RenewalReady = "H2", StationsWithDoctor = "H3";

    public static IndicatorDimension AreaClass { get; } = new("areaClass", "Khu vực");

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = LicensedClinicians,
            Name = "Tỷ lệ người làm chuyên môn tại cơ sở y tế có giấy phép hành nghề còn hiệu lực",
            Description = "Trong những người lĩnh vực y tế đang làm việc tại các cơ sở y tế có hồ sơ của Sở Y tế vào ngày đo, tỷ lệ người có giấy phép hành nghề còn hiệu lực ngày đó.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Người có giấy phép hành nghề còn hiệu lực vào ngày đo",
            Denominator = "Người lĩnh vực y tế làm việc tại cơ sở y tế vào ngày đo",
        },
        new()
        {
            Code = RenewalReady,
            Name = "Tỷ lệ người sắp đến hạn gia hạn giấy phép đã đủ giờ đào tạo liên tục",
            Description = "Trong những người có giấy phép còn hiệu lực hết hạn trong 12 tháng kể từ ngày đo, tỷ lệ người đã hoàn thành đủ 120 giờ đào tạo liên tục trong chu kỳ của giấy phép đó.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Người đã đủ 120 giờ đào tạo liên tục trong chu kỳ",
            Denominator = "Người có giấy phép còn hiệu lực hết hạn trong 12 tháng",
        },
        new()
        {
            Code = StationsWithDoctor,
            Name = "Tỷ lệ trạm y tế xã có bác sĩ làm việc",
            Description = "Trong các trạm y tế xã đang hoạt động vào ngày đo, tỷ lệ trạm có ít nhất một bác sĩ (giấy phép chức danh bác sĩ còn hiệu lực) làm việc tại trạm hoặc được điều động đến trạm ngày đó; phân tổ theo khu vực của xã nơi trạm đặt trụ sở.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Trạm y tế xã có bác sĩ",
            Denominator = "Trạm y tế xã đang hoạt động",
            SubjectName = "trạm y tế",
            SubjectsArePeople = false,
            Dimensions = [AreaClass],
        },
    ];

    /// <summary>The area class of a commune as a breakdown key: its region, or none when the commune was not classed that day.</summary>
    public const string Unclassified = "UNCLASSIFIED";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ValueNames { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [AreaClass.Key] = Enum.GetValues<AreaZone>().ToDictionary(z => KeyOf(z), z => EnumLabels.Of(z))
                .Append(new KeyValuePair<string, string>(Unclassified, "Chưa phân loại khu vực")).ToDictionary(),
        };

    /// <summary>A region's key as the schema writes it (REGION_III), so that a breakdown reads like the API's enums.</summary>
    public static string KeyOf(AreaZone? zone) => zone switch
    {
        AreaZone.RegionI => "REGION_I",
        AreaZone.RegionII => "REGION_II",
        AreaZone.RegionIII => "REGION_III",
        _ => Unclassified,
    };
}
