using TriThuc.Modules.Education.Gifted;
using TriThuc.Modules.Education.Schools;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Indicators;

/// <summary>The Education module's indicators, as leaders read them (docs/education.md, "Indicators").</summary>
public static class EducationIndicatorDefinitions
{
    public const string TeachersAtKhaOrBetter = "E1", NationalPrizes = "E2", TalentReturned = "E3", ActiveTeachingAssignments = "E4";

    /// <summary>Prize-winners are followed for this many years before E3 counts them: enough to finish a degree.</summary>
    public const int YearsBeforeReturn = 6;

    public static IndicatorDimension Level { get; } = new("schoolLevel", "Cấp học");

    public static IndicatorDimension AreaClass { get; } = new("areaClass", "Khu vực");

    public static IndicatorDimension PrizeDimension { get; } = new("prize", "Giải");

    public static IndicatorDimension Subject { get; } = new("subject", "Môn thi");

    public const string Unclassified = "UNCLASSIFIED";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = TeachersAtKhaOrBetter,
            Name = "Tỷ lệ giáo viên đạt chuẩn nghề nghiệp mức khá, tốt",
            Description = "Trong những giáo viên có phân công giảng dạy tại một trường có hồ sơ vào ngày đo và có phiếu đánh giá chuẩn nghề nghiệp đã được hiệu trưởng đánh giá (của năm học chứa ngày đo hoặc năm học trước, đánh giá không sau ngày đo), tỷ lệ người có xếp loại mới nhất là khá hoặc tốt; phân tổ theo cấp học và khu vực của trường.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Giáo viên có xếp loại mới nhất khá hoặc tốt",
            Denominator = "Giáo viên có phân công vào ngày đo và đã được đánh giá",
            SubjectName = "giáo viên",
            Dimensions = [Level, AreaClass],
            // Whether a named teacher is in the numerator tells their rating, which is personal data.
            SubjectsRevealPersonalData = "overallLevel",
        },
        new()
        {
            Code = NationalPrizes,
            Name = "Số giải học sinh giỏi quốc gia của đội tuyển tỉnh",
            Description = "Số giải (Nhất, Nhì, Ba, Khuyến khích) học sinh trong đội tuyển của tỉnh đạt tại các kỳ thi cấp quốc gia tổ chức từ đầu năm học (01/8) đến ngày đo; phân tổ theo giải, môn và trường.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Giải quốc gia của đội tuyển tỉnh từ đầu năm học",
            SubjectName = "giải",
            SubjectsArePeople = false,
            Dimensions = [PrizeDimension, Subject],
        },
        new()
        {
            Code = TalentReturned,
            Name = "Tỷ lệ học sinh đoạt giải trở về làm việc tại tỉnh",
            Description = $"Trong những học sinh đoạt giải tại kỳ thi tổ chức từ {YearsBeforeReturn} năm trở lên trước ngày đo và có sự đồng ý được theo dõi, tỷ lệ người đã được liên kết với hồ sơ trí thức đang làm việc trong tỉnh vào ngày đo.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Học sinh đoạt giải nay là trí thức đang làm việc trong tỉnh",
            Denominator = $"Học sinh đoạt giải từ {YearsBeforeReturn} năm trước, có sự đồng ý được theo dõi",
            SubjectName = "học sinh đoạt giải",
            SubjectsArePeople = false,
        },
        new()
        {
            Code = ActiveTeachingAssignments,
            Name = "Phân công giảng dạy còn hiệu lực",
            Description = "Số phân công giảng dạy (một giáo viên dạy một môn tại một trường) còn hiệu lực vào ngày đo, theo đơn vị.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Phân công giảng dạy còn hiệu lực vào ngày đo",
            SubjectName = "phân công",
            SubjectsArePeople = false,
        },
    ];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ValueNames { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Level.Key] = DimensionValues.NamesOf<SchoolLevel>(),
            [AreaClass.Key] = DimensionValues.NamesOf<AreaZone>()
                .Append(new KeyValuePair<string, string>(Unclassified, "Chưa phân loại khu vực")).ToDictionary(),
            [PrizeDimension.Key] = DimensionValues.NamesOf<Prize>(),
        };

    /// <summary>The school year a day falls in, by the year it starts (school years start on 1 August here).</summary>
    public static int SchoolYearOf(DateOnly day) => day.Month >= 8 ? day.Year : day.Year - 1;
}
