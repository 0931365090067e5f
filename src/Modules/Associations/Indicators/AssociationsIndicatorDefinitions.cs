namespace TriThuc.Modules.Associations.Indicators;

/// <summary>
/// The Associations module's indicators, S1–S4 of issue 24, coded L1–L4 because Science holds the letter S
/// (docs/associations.md, "Indicators").
/// </summary>
public static class AssociationsIndicatorDefinitions
{
    public const string CurrentMembers = "L1", PublicSectorMembers = "L2", OpinionsOnTime = "L3", RecommendationsAccepted = "L4";

    public static IndicatorDimension Association { get; } = new("association", "Hội");

    public static IndicatorDimension AssociationField { get; } = new("associationField", "Lĩnh vực của hội");

    public static IndicatorDimension ConsultationKind { get; } = new("consultationKind", "Loại yêu cầu");

    /// <summary>Being listed as an L1 or L2 subject says a person belongs to an association: personal data (docs/associations.md, "Who writes and who reads").</summary>
    public const string MembershipData = "associationMemberships";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = CurrentMembers,
            Name = "Số hội viên đang sinh hoạt của các hội",
            Description = "Số hội viên (trí thức trong cơ sở dữ liệu và người ngoài) có tình trạng mới gia nhập hoặc đang sinh hoạt (đã đóng hội phí) vào ngày đo, theo quy tắc tình trạng hội viên của từng hội; một người là hội viên hai hội được tính hai lần. Phân tổ theo hội và theo lĩnh vực của hội; mức tăng, giảm trong năm đọc ở xu hướng (trend).",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Hội viên mới gia nhập hoặc đang sinh hoạt vào ngày đo",
            SubjectName = "hội viên",
            SubjectsArePeople = false,
            Dimensions = [Association, AssociationField],
            SubjectsRevealPersonalData = MembershipData,
        },
        new()
        {
            Code = PublicSectorMembers,
            Name = "Tỷ lệ trí thức khu vực công là hội viên của ít nhất một hội",
            Description = "Trong những trí thức khu vực công có trong cơ sở dữ liệu vào ngày đo, tỷ lệ người là hội viên mới gia nhập hoặc đang sinh hoạt của ít nhất một hội ngày đó.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Trí thức khu vực công là hội viên đang sinh hoạt của ít nhất một hội",
            Denominator = "Trí thức khu vực công trong cơ sở dữ liệu vào ngày đo",
            SubjectsRevealPersonalData = MembershipData,
        },
        new()
        {
            Code = OpinionsOnTime,
            Name = "Tỷ lệ yêu cầu tư vấn, phản biện, giám định xã hội được gửi ý kiến đúng hạn",
            Description = "Trong những yêu cầu có hạn trả lời từ 01/01 đến ngày đo, tỷ lệ yêu cầu mà hội được giao đã gửi ý kiến tổng hợp (lần đầu) không muộn hơn hạn. Phân tổ theo hội, loại yêu cầu và cơ quan yêu cầu (đơn vị).",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.YearToDate,
            Numerator = "Yêu cầu có ý kiến tổng hợp gửi đúng hạn",
            Denominator = "Yêu cầu đến hạn từ đầu năm",
            SubjectName = "yêu cầu",
            SubjectsArePeople = false,
            Dimensions = [Association, ConsultationKind],
        },
        new()
        {
            Code = RecommendationsAccepted,
            Name = "Tỷ lệ kiến nghị được cơ quan tiếp thu",
            Description = "Trong những kiến nghị cơ quan đã trả lời từ 01/01 đến ngày đo (ngày trả lời), tỷ lệ kiến nghị được tiếp thu; số còn lại được giải trình. Phân tổ theo hội, loại yêu cầu và cơ quan yêu cầu (đơn vị).",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.YearToDate,
            Numerator = "Kiến nghị được tiếp thu",
            Denominator = "Kiến nghị đã được trả lời từ đầu năm",
            SubjectName = "kiến nghị",
            SubjectsArePeople = false,
            Dimensions = [Association, ConsultationKind],
        },
    ];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ValueNames(IReadOnlyDictionary<string, string> associations, IEnumerable<string> fields) =>
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Association.Key] = associations,
            [AssociationField.Key] = fields.Distinct().ToDictionary(f => f, f => f),
            [ConsultationKind.Key] = DimensionValues.NamesOf<Consultations.ConsultationKind>(),
        };
}
