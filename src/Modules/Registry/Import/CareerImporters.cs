using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Imports;
using TriThuc.SharedKernel.Text;

namespace TriThuc.Modules.Registry.Import;

/// <summary>Vietnamese names of the choices a career spreadsheet uses, folded (no diacritics, lower case).</summary>
internal static class CareerChoices
{
    public static readonly IReadOnlyDictionary<string, Degree> Degrees = Fold(CareerLabels.Degrees);

    public static readonly IReadOnlyDictionary<string, PositionLevel> Levels = Fold(CareerLabels.Levels);

    public static readonly IReadOnlyDictionary<string, TrainingKind> TrainingKinds = Fold(CareerLabels.TrainingKinds);

    private static Dictionary<string, T> Fold<T>(IReadOnlyDictionary<T, string> names)
        where T : notnull =>
        names.ToDictionary(n => VietnameseText.Fold(n.Value), n => n.Key);
}

/// <summary>Degrees from a spreadsheet; a row already on file (same person, degree, field and year) is left as it is.</summary>
public sealed class QualificationImporter(RegistryDbContext db, CareerService careers) : IFileImporter
{
    private static readonly Dictionary<string, string> Columns = new() { ["field"] = "Ngành", ["year"] = "Năm" };

    public string Kind => "qualifications";

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken) =>
        ImportRunner.RunAsync(db, content, fileName, dryRun, Columns, async (row, token) =>
        {
            var cells = new ImportCells(row);
            var person = await cells.PersonAsync(db, token);
            var input = new QualificationInput
            {
                Degree = cells.Choice("Trình độ", CareerChoices.Degrees), Field = cells.Required("Ngành"),
                Institution = cells.Text("Cơ sở đào tạo"), Country = cells.Text("Nước"), Year = cells.Number("Năm"),
            };
            if (await db.Qualifications.AnyAsync(q => q.IntellectualId == person && q.Degree == input.Degree && q.Field == input.Field && q.Year == input.Year, token))
            {
                return RowOutcome.Unchanged;
            }

            await careers.AddQualificationAsync(person, input, token);
            return RowOutcome.Created;
        }, cancellationToken);
}

/// <summary>Leadership posts from a spreadsheet; a post already on file (same person, title, unit and start) is left as it is.</summary>
public sealed class LeadershipPositionImporter(RegistryDbContext db, CareerService careers, Units.UnitService units) : IFileImporter
{
    private static readonly Dictionary<string, string> Columns = new()
    {
        ["title"] = "Chức vụ", ["unitId"] = "Mã đơn vị", ["startDate"] = "Từ ngày", ["endDate"] = "Đến ngày",
    };

    public string Kind => "positions";

    public async Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        var unitsByCode = await units.IdsByCodeAsync(cancellationToken);
        return await ImportRunner.RunAsync(db, content, fileName, dryRun, Columns, async (row, token) =>
        {
            var cells = new ImportCells(row);
            var person = await cells.PersonAsync(db, token);
            var unitCode = cells.Required("Mã đơn vị");
            var unit = unitsByCode.TryGetValue(unitCode, out var id) ? id : throw new RowRefusedException("Mã đơn vị", $"Không có đơn vị mang mã '{unitCode}'.");
            var input = new LeadershipPositionInput
            {
                Title = cells.Required("Chức vụ"), Level = cells.Choice("Cấp", CareerChoices.Levels), UnitId = unit,
                StartDate = cells.Date("Từ ngày"), EndDate = cells.OptionalDate("Đến ngày"),
                RequiredDegree = cells.Text("Trình độ yêu cầu") is null ? null : cells.Choice("Trình độ yêu cầu", CareerChoices.Degrees),
            };
            if (await db.LeadershipPositions.AnyAsync(p => p.IntellectualId == person && p.Title == input.Title && p.UnitId == unit && p.StartDate == input.StartDate, token))
            {
                return RowOutcome.Unchanged;
            }

            await careers.AddPositionAsync(person, input, token);
            return RowOutcome.Created;
        }, cancellationToken);
    }
}

/// <summary>Trainings from a spreadsheet; a training already on file (same person, kind, title and start) is left as it is.</summary>
public sealed class TrainingImporter(RegistryDbContext db, CareerService careers) : IFileImporter
{
    private static readonly Dictionary<string, string> Columns = new()
    {
        ["title"] = "Tên khóa", ["provider"] = "Cơ sở bồi dưỡng", ["startDate"] = "Từ ngày", ["endDate"] = "Đến ngày", ["hours"] = "Số giờ",
    };

    public string Kind => "trainings";

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken) =>
        ImportRunner.RunAsync(db, content, fileName, dryRun, Columns, async (row, token) =>
        {
            var cells = new ImportCells(row);
            var person = await cells.PersonAsync(db, token);
            var input = new TrainingInput
            {
                Kind = cells.Choice("Loại", CareerChoices.TrainingKinds), Title = cells.Required("Tên khóa"), Provider = cells.Required("Cơ sở bồi dưỡng"),
                StartDate = cells.Date("Từ ngày"), EndDate = cells.Date("Đến ngày"), Hours = cells.Number("Số giờ"), Certificate = cells.Text("Số chứng chỉ"),
            };
            if (await db.Trainings.AnyAsync(t => t.IntellectualId == person && t.Kind == input.Kind && t.Title == input.Title && t.StartDate == input.StartDate, token))
            {
                return RowOutcome.Unchanged;
            }

            await careers.AddTrainingAsync(person, input, token);
            return RowOutcome.Created;
        }, cancellationToken);
}
