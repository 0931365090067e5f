namespace TriThuc.Modules.Registry.Indicators;

/// <summary>The programme's 2030 targets (section II.2) that the Registry measures, and its descriptive counts.</summary>
public static class RegistryIndicatorDefinitions
{
    public const string InternationalLeaders = "T1";
    public const string YoungLeadersInternational = "T2";
    public const string QualifiedLeaders = "T3";
    public const string PublicSectorRetrained = "T4";
    public const string Intellectuals = "D1";
    public const string Doctorates = "D2";
    public const string Professors = "D3";

    /// <summary>Ethnic origin, like the ethnic group: sensitive.</summary>
    public static readonly IndicatorDimension Minority = new("minority", "Dân tộc thiểu số", Sensitive: true);
    public static readonly IndicatorDimension Remote = new("remote", "Vùng sâu, vùng xa, biên giới");
    public static readonly IndicatorDimension HighestDegree = new("degree", "Trình độ chuyên môn cao nhất");
    public static readonly IndicatorDimension AcademicTitleDimension = new("academicTitle", "Học hàm");
    /// <summary>Age follows from the birth date, protected personal data.</summary>
    public static readonly IndicatorDimension AgeBand = new("ageBand", "Nhóm tuổi", Sensitive: true);

    private const string LeadersInScope =
        "người trong danh sách trí thức, đang công tác, giữ ít nhất một chức vụ lãnh đạo, quản lý cấp tỉnh, sở/ngành hoặc huyện tại ngày đo";

    private static readonly IReadOnlyList<IndicatorDimension> Standard = [IndicatorDimension.Field, IndicatorDimension.Gender, IndicatorDimension.EthnicGroup];

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = InternationalLeaders,
            Name = "Lãnh đạo, quản lý được bồi dưỡng kiến thức làm việc trong môi trường quốc tế",
            Description = "Tỷ lệ cán bộ lãnh đạo, quản lý các ban, sở, ngành, các huyện, thành phố được đào tạo, bồi dưỡng về kiến thức làm việc trong môi trường quốc tế. Mục tiêu đến năm 2030: 70%.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Số người của mẫu số, đến ngày đo, đã hoàn thành một khóa bồi dưỡng loại \"Môi trường quốc tế\", "
                + "hoặc có văn bằng đào tạo ở nước ngoài, hoặc có trình độ ngoại ngữ từ bậc 4 (B2) trở lên.",
            Denominator = "Số " + LeadersInScope + ".",
            Target = new IndicatorTarget(0.70m, 2030),
            Dimensions = Standard,
        },
        new()
        {
            Code = YoungLeadersInternational,
            Name = "Trí thức trẻ là lãnh đạo, quản lý cấp tỉnh, huyện được bồi dưỡng ngoại ngữ, kỹ năng làm việc quốc tế",
            Description = "Tỷ lệ trí thức trẻ (dưới 40 tuổi) là cán bộ lãnh đạo, quản lý cấp tỉnh, huyện được bồi dưỡng ngoại ngữ, kiến thức, kỹ năng làm việc trong môi trường quốc tế. Mục tiêu đến năm 2030: 25%.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Số người của mẫu số đã hoàn thành ít nhất một khóa bồi dưỡng loại \"Ngoại ngữ\" hoặc \"Môi trường quốc tế\" trước hoặc trong ngày đo.",
            Denominator = "Số " + LeadersInScope + ", chưa đủ 40 tuổi tại ngày đo.",
            Target = new IndicatorTarget(0.25m, 2030),
            Dimensions = Standard,
            SubjectsRevealPersonalData = "age",
        },
        new()
        {
            Code = QualifiedLeaders,
            Name = "Lãnh đạo, quản lý có trình độ chuyên môn phù hợp vị trí việc làm",
            Description = "Tỷ lệ cán bộ lãnh đạo, quản lý các ban, sở, ngành, các huyện, thành phố có trình độ chuyên môn phù hợp với vị trí việc làm. Mục tiêu đến năm 2030: 100%.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Số người của mẫu số mà với mọi chức vụ đang giữ đều có một văn bằng (cấp trong hoặc trước năm đo) đạt trình độ chức vụ yêu cầu và, nếu chức vụ ghi lĩnh vực yêu cầu, thuộc đúng lĩnh vực đó; chức vụ không ghi trình độ thì cần ít nhất trình độ đại học.",
            Denominator = "Số " + LeadersInScope + ".",
            Target = new IndicatorTarget(1m, 2030),
            Dimensions = Standard,
        },
        new()
        {
            Code = PublicSectorRetrained,
            Name = "Trí thức khu vực công được bồi dưỡng cập nhật kiến thức trong năm",
            Description = "Tỷ lệ trí thức trong khu vực công được bồi dưỡng cập nhật kiến thức mới trong năm. Mục tiêu: 100% mỗi năm.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.YearToDate,
            Numerator = "Số người của mẫu số có khóa bồi dưỡng loại \"Cập nhật kiến thức\" kết thúc từ 1/1 đến ngày đo.",
            Denominator = "Số trí thức khu vực công trong danh sách, đang công tác tại ngày đo.",
            Target = new IndicatorTarget(1m, 2030, EveryYear: true),
            Dimensions = Standard,
        },
        new()
        {
            Code = Intellectuals,
            Name = "Số trí thức",
            Description = "Số trí thức trong danh sách, đang công tác tại ngày đo, phân theo trình độ, học hàm, lĩnh vực, giới tính, dân tộc, vùng công tác và tuổi.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Số trí thức đang công tác tại ngày đo (hồ sơ đã gộp không tính).",
            Dimensions = [.. Standard, Minority, Remote, HighestDegree, AcademicTitleDimension, AgeBand],
        },
        new()
        {
            Code = Doctorates,
            Name = "Số tiến sĩ",
            Description = "Số trí thức đang công tác có bằng tiến sĩ cấp trong hoặc trước năm đo.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Số trí thức đang công tác tại ngày đo có văn bằng Tiến sĩ.",
            Dimensions = Standard,
        },
        new()
        {
            Code = Professors,
            Name = "Số giáo sư, phó giáo sư",
            Description = "Số trí thức đang công tác có học hàm Giáo sư hoặc Phó Giáo sư được công nhận trong hoặc trước năm đo.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Số trí thức đang công tác tại ngày đo có học hàm Giáo sư hoặc Phó Giáo sư.",
            Dimensions = [AcademicTitleDimension, .. Standard],
        },
    ];
}
