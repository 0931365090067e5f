using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Cooperation;

namespace TriThuc.Modules.University.Indicators;

/// <summary>The University module's indicators, as leaders read them (docs/university.md, "Indicators").</summary>
public static class UniversityIndicatorDefinitions
{
    public const string CadresPassed = "U1", LecturersWithOutput = "U2", ActiveAgreements = "U3";

    public static IndicatorDimension Kind { get; } = new("trainingKind", "Loại bồi dưỡng");

    public static IndicatorDimension Department { get; } = new("department", "Sở, ngành");

    public static IndicatorDimension Origin { get; } = new("origin", "Trong nước, nước ngoài");

    /// <summary>The department value of a learner whose unit lies under no department (a district, the province itself).</summary>
    public const string OutsideDepartments = "OTHER";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = CadresPassed,
            Name = "Lượt cán bộ của tỉnh hoàn thành khóa bồi dưỡng tại phân hiệu",
            Description = "Số lượt trí thức trong cơ sở dữ liệu được ghi nhận đạt một khóa bồi dưỡng của phân hiệu, ngày ghi kết quả từ 01/01 đến ngày đo; một người đạt hai khóa được tính hai lượt. Phân tổ theo loại bồi dưỡng và theo sở, ngành của đơn vị người học.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.YearToDate,
            Numerator = "Lượt học viên đạt từ đầu năm",
            SubjectName = "lượt đạt",
            SubjectsArePeople = false,
            Dimensions = [Kind, Department],
        },
        new()
        {
            Code = LecturersWithOutput,
            Name = "Tỷ lệ giảng viên phân hiệu có kết quả nghiên cứu tối thiểu trong năm học",
            Description = "Trong những giảng viên không tập sự có khối lượng công việc ghi cho năm học chứa ngày đo (năm học bắt đầu 01/8) và vào ngày đo còn trong cơ sở dữ liệu, tại một đơn vị thuộc phân hiệu, tỷ lệ người là tác giả của ít nhất một đề tài cấp cơ sở đã nghiệm thu, bài báo có ISSN, bài báo quốc tế hoặc báo cáo hội thảo của năm bắt đầu năm học.",
            Kind = IndicatorKind.Share,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Giảng viên có ít nhất một kết quả nghiên cứu tối thiểu",
            Denominator = "Giảng viên không tập sự đang làm việc, có khối lượng công việc năm học",
            SubjectName = "giảng viên",
        },
        new()
        {
            Code = ActiveAgreements,
            Name = "Thỏa thuận hợp tác còn hiệu lực và có hoạt động",
            Description = "Số thỏa thuận hợp tác của phân hiệu còn hiệu lực vào ngày đo và có ít nhất một hoạt động diễn ra trong 12 tháng tính đến ngày đo; phân tổ trong nước, nước ngoài.",
            Kind = IndicatorKind.Count,
            Period = IndicatorPeriodKind.AtDate,
            Numerator = "Thỏa thuận còn hiệu lực có hoạt động trong 12 tháng",
            SubjectName = "thỏa thuận",
            SubjectsArePeople = false,
            Dimensions = [Origin],
        },
    ];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ValueNames(IEnumerable<UnitSummary> departments) =>
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Kind.Key] = DimensionValues.NamesOf<TrainingKind>(),
            [Origin.Key] = DimensionValues.NamesOf<AgreementOrigin>(),
            [Department.Key] = departments.DistinctBy(d => d.Code).ToDictionary(d => d.Code, d => d.Name)
                .Append(new KeyValuePair<string, string>(OutsideDepartments, "Ngoài các sở, ngành")).ToDictionary(),
        };
}
