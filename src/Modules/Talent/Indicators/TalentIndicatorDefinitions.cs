using TriThuc.Modules.Talent.Plans;

namespace TriThuc.Modules.Talent.Indicators;

/// <summary>The Talent module's indicators, as leaders read them (docs/talent.md, "Indicators").</summary>
public static class TalentIndicatorDefinitions
{
    public const string Recruited = "A1", Retained = "A2", DifficultUnitsServed = "A3", PlanTargetsMet = "A4";

    /// <summary>A2 follows the people recruited this many years or more before the day.</summary>
    public const int RetentionYears = 3;

    public const string EveryField = "ALL";

    public static IndicatorDimension Field { get; } = new("field", "Lĩnh vực");

    public static IndicatorDimension Policy { get; } = new("policy", "Chính sách thu hút");

    public static IndicatorDimension Measure { get; } = new("measure", "Loại chỉ tiêu");

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = Recruited,
            Name = "Số người được tuyển dụng theo chính sách thu hút",
            Description = "Số người có quyết định tuyển dụng, tiếp nhận theo một chính sách thu hút từ 01/01 đến ngày đo (mỗi người một lần), theo đơn vị công tác và lĩnh vực; so với chỉ tiêu 'Số người được tuyển dụng theo chính sách thu hút từ đầu năm' (RECRUITED) của kế hoạch phát triển đội ngũ trí thức trong talentWorkforcePlanGaps.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.YearToDate,
            Numerator = "Người được tuyển dụng theo chính sách thu hút từ đầu năm",
            Dimensions = [Field, Policy],
        },
        new()
        {
            Code = Retained,
            Name = "Tỷ lệ người được thu hút còn công tác trong khu vực công của tỉnh",
            Description = $"Trong những người được tuyển dụng theo một chính sách thu hút từ {RetentionYears} năm trở lên trước ngày đo, tỷ lệ người vào ngày đo vẫn có trong cơ sở dữ liệu trí thức (chưa nghỉ hưu, chưa chuyển đi) và công tác trong khu vực công của tỉnh; theo chính sách và lĩnh vực.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Người được thu hút còn công tác trong khu vực công của tỉnh",
            Denominator = $"Người được tuyển dụng theo chính sách thu hút từ {RetentionYears} năm trước",
            Dimensions = [Policy, Field],
        },
        new()
        {
            Code = DifficultUnitsServed,
            Name = "Tỷ lệ đơn vị ở địa bàn đặc biệt khó khăn có trí thức trình độ đại học trở lên",
            Description = "Trong những đơn vị hoạt động vào ngày đo thuộc địa bàn đặc biệt khó khăn theo phân loại có hiệu lực ngày đó (xã khu vực III hoặc thôn đặc biệt khó khăn; một đơn vị chưa được phân loại theo phân loại của đơn vị cấp trên gần nhất), tỷ lệ đơn vị có ít nhất một trí thức trình độ đại học trở lên công tác tại đơn vị hoặc đơn vị trực thuộc.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Đơn vị có trí thức trình độ đại học trở lên",
            Denominator = "Đơn vị ở xã khu vực III, thôn đặc biệt khó khăn",
            SubjectName = "đơn vị",
            SubjectsArePeople = false,
        },
        new()
        {
            Code = PlanTargetsMet,
            Name = "Tỷ lệ chỉ tiêu kế hoạch phát triển đội ngũ trí thức đã đạt",
            Description = "Trong các chỉ tiêu của năm chứa ngày đo thuộc các kế hoạch phát triển đội ngũ trí thức, tỷ lệ chỉ tiêu mà số liệu thực tế vào ngày đo đạt mức kế hoạch; theo đơn vị, lĩnh vực và loại chỉ tiêu.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Chỉ tiêu đã đạt",
            Denominator = "Chỉ tiêu của năm",
            SubjectName = "chỉ tiêu",
            SubjectsArePeople = false,
            Dimensions = [Field, Measure],
        },
    ];

    public static Dictionary<string, IReadOnlyDictionary<string, string>> ValueNames(IReadOnlyDictionary<string, string> policies) => new()
    {
        [Measure.Key] = DimensionValues.NamesOf<PlanMeasure>(),
        [Policy.Key] = policies,
        [Field.Key] = new Dictionary<string, string> { [EveryField] = "Mọi lĩnh vực" },
    };
}
