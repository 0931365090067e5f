using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.Import;

/// <summary>Degrees from a spreadsheet; a row already on file (same person, degree, field and year) is left as it is.</summary>
public sealed class QualificationImporter(RegistryDbContext db, IClock clock, ICurrentUser user, ImportLimits limits, IProcessingRestrictions restrictions)
    : CareerImporter<QualificationInput, Qualification, (Guid, Degree, string, int)>(db, clock, user, limits, restrictions)
{
    public override string Kind => "qualifications";

    public override string Title => "Bằng cấp";

    protected override IReadOnlyDictionary<string, string> Columns { get; } = new Dictionary<string, string> { ["field"] = "Ngành", ["fieldCode"] = "Lĩnh vực", ["year"] = "Năm" };

    protected override (string[] Required, string[] Optional) RecordHeaders { get; } = (["Trình độ", "Ngành", "Năm"], ["Lĩnh vực", "Cơ sở đào tạo", "Nước"]);

    protected override QualificationInput Parse(ImportCells row) => new()
    {
        Degree = row.Choice<Degree>("Trình độ"), Field = row.Required("Ngành"), FieldCode = row.Text("Lĩnh vực"),
        Institution = row.Text("Cơ sở đào tạo"), Country = row.Text("Nước"), Year = row.Number("Năm"),
    };

    protected override (Guid, Degree, string, int) KeyOf(Guid personId, QualificationInput input) => (personId, input.Degree, input.Field, input.Year);

    protected override (Guid, Degree, string, int) KeyOf(Qualification record) => (record.IntellectualId, record.Degree, record.Field, record.Year);

    protected override Qualification Apply(Intellectual person, QualificationInput input) => CareerRules.NewQualification(person, input, Today);
}

/// <summary>Leadership posts from a spreadsheet; a post already on file (same person, title, unit and start) is left as it is.</summary>
public sealed class LeadershipPositionImporter(RegistryDbContext db, IClock clock, ICurrentUser user, UnitService units, ImportLimits limits, IProcessingRestrictions restrictions)
    : CareerImporter<LeadershipPositionInput, LeadershipPosition, (Guid, string, Guid, DateOnly)>(db, clock, user, limits, restrictions)
{
    private IReadOnlyDictionary<Guid, OrganisationUnit> _units = new Dictionary<Guid, OrganisationUnit>();
    private IReadOnlyDictionary<string, Guid> _unitIdsByCode = new Dictionary<string, Guid>();

    public override string Kind => "positions";

    public override string Title => "Chức vụ lãnh đạo, quản lý";

    protected override IReadOnlyDictionary<string, string> Columns { get; } = new Dictionary<string, string>
    {
        ["title"] = "Chức vụ", ["unitId"] = "Mã đơn vị", ["startDate"] = "Từ ngày", ["endDate"] = "Đến ngày", ["requiredFieldCode"] = "Lĩnh vực yêu cầu",
    };

    protected override (string[] Required, string[] Optional) RecordHeaders { get; } = (["Chức vụ", "Cấp", "Mã đơn vị", "Từ ngày"], ["Đến ngày", "Trình độ yêu cầu", "Lĩnh vực yêu cầu"]);

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        units.ForgetCheckedTree();
        _units = await units.AllAsync(cancellationToken);
        _unitIdsByCode = await units.IdsByCodeAsync(cancellationToken);
    }

    /// <summary>A post is checked against its unit (open on its start): a unit changed meanwhile has the file checked again.</summary>
    protected override bool Concerns(ChangedRecord change) => change.EntityType == nameof(OrganisationUnit);

    protected override LeadershipPositionInput Parse(ImportCells row)
    {
        var unitCode = row.Required("Mã đơn vị");
        var unitId = _unitIdsByCode.TryGetValue(unitCode, out var id) ? id : throw new RowRefusedException("Mã đơn vị", $"Không có đơn vị mang mã '{unitCode}'.");
        return new LeadershipPositionInput
        {
            Title = row.Required("Chức vụ"), Level = row.Choice<PositionLevel>("Cấp"), UnitId = unitId,
            StartDate = row.Date("Từ ngày"), EndDate = row.OptionalDate("Đến ngày"),
            RequiredDegree = row.Text("Trình độ yêu cầu") is null ? null : row.Choice<Degree>("Trình độ yêu cầu"),
            RequiredFieldCode = row.Text("Lĩnh vực yêu cầu"),
        };
    }

    protected override (Guid, string, Guid, DateOnly) KeyOf(Guid personId, LeadershipPositionInput input) => (personId, input.Title, input.UnitId, input.StartDate);

    protected override (Guid, string, Guid, DateOnly) KeyOf(LeadershipPosition record) => (record.IntellectualId, record.Title, record.UnitId, record.StartDate);

    protected override LeadershipPosition Apply(Intellectual person, LeadershipPositionInput input) =>
        CareerRules.NewPosition(person, input, _units.GetValueOrDefault(input.UnitId), Today);
}

/// <summary>Trainings from a spreadsheet; a training already on file (same person, kind, title and start) is left as it is.</summary>
public sealed class TrainingImporter(RegistryDbContext db, IClock clock, ICurrentUser user, ImportLimits limits, IProcessingRestrictions restrictions)
    : CareerImporter<TrainingInput, Training, (Guid, TrainingKind, string, DateOnly)>(db, clock, user, limits, restrictions)
{
    public override string Kind => "trainings";

    public override string Title => "Đào tạo, bồi dưỡng";

    protected override IReadOnlyDictionary<string, string> Columns { get; } = new Dictionary<string, string>
    {
        ["title"] = "Tên khóa", ["provider"] = "Cơ sở bồi dưỡng", ["startDate"] = "Từ ngày", ["endDate"] = "Đến ngày", ["hours"] = "Số giờ",
    };

    protected override (string[] Required, string[] Optional) RecordHeaders { get; } = (["Loại", "Tên khóa", "Cơ sở bồi dưỡng", "Từ ngày", "Đến ngày", "Số giờ"], ["Số chứng chỉ"]);

    protected override TrainingInput Parse(ImportCells row) => new()
    {
        Kind = row.Choice<TrainingKind>("Loại"), Title = row.Required("Tên khóa"), Provider = row.Required("Cơ sở bồi dưỡng"),
        StartDate = row.Date("Từ ngày"), EndDate = row.Date("Đến ngày"), Hours = row.Number("Số giờ"), Certificate = row.Text("Số chứng chỉ"),
    };

    protected override (Guid, TrainingKind, string, DateOnly) KeyOf(Guid personId, TrainingInput input) => (personId, input.Kind, input.Title, input.StartDate);

    protected override (Guid, TrainingKind, string, DateOnly) KeyOf(Training record) => (record.IntellectualId, record.Kind, record.Title, record.StartDate);

    protected override Training Apply(Intellectual person, TrainingInput input) => CareerRules.NewTraining(person, input, Today);
}
