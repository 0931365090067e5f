using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Education.Training;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Imports;

/// <summary>
/// In-service courses from a CSV or .xlsx file, by the rules of <c>recordEducationInServiceTraining</c> and, when a row
/// gives the day it was completed, of <c>completeEducationInServiceTraining</c>: a completed course is reported to the
/// Registry (<c>TrainingCompleted</c>) in the same transaction, as the mutation does. A course already on file (same
/// teacher, title folded and first day) is left as it is, so a file imported twice adds nothing and reports nothing
/// twice; the same course twice in the file is refused.
/// </summary>
public sealed class InServiceTrainingImporter(EducationDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["personId"] = PersonColumn.Name, ["title"] = "Tên khóa", ["provider"] = "Đơn vị tổ chức", ["hours"] = "Số tiết", ["startedOn"] = "Từ ngày",
        ["completedOn"] = "Ngày hoàn thành", ["certificate"] = "Số chứng nhận",
    };

    public string Kind => "in-service-trainings";

    public string Title => "Bồi dưỡng thường xuyên";

    public ImportHeaders Headers { get; } = new([PersonColumn.Name, "Tên khóa", "Đơn vị tổ chức", "Số tiết", "Từ ngày"], ["Ngày hoàn thành", "Số chứng nhận"]);

    /// <summary>The courses earlier rows of the check pass would have added, with their row (that pass writes nothing for later chunks to find).</summary>
    private readonly RowsSeenInFile<(Guid Person, string Title, DateOnly StartedOn)> _checked = new();

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var teachers = new PersonColumn(people, restrictions);
        await teachers.LoadAsync(cells, cancellationToken);
        var personIds = teachers.Ids;
        var onFile = (await db.InServiceTrainings.AsNoTracking().Where(t => personIds.Contains(t.PersonId))
                .Select(t => new { t.PersonId, t.SearchTitle, t.StartedOn }).ToListAsync(cancellationToken))
            .Select(t => (t.PersonId, t.SearchTitle, t.StartedOn)).ToHashSet();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var input = new InServiceTrainingInput
                {
                    PersonId = teachers.Read(row), Title = row.Required(Columns["title"]), Provider = row.Required(Columns["provider"]),
                    Hours = row.Number(Columns["hours"]), StartedOn = row.Date(Columns["startedOn"]),
                };
                var training = InServiceTrainingRules.New(input, clock.Today);
                if (row.OptionalDate(Columns["completedOn"]) is { } completedOn)
                {
                    InServiceTrainingRules.Complete(training, completedOn, row.Text(Columns["certificate"]), clock.Today);
                }
                else if (row.Text(Columns["certificate"]) is not null)
                {
                    throw new RowRefusedException(Columns["certificate"], "Có số chứng nhận nhưng chưa có ngày hoàn thành; hãy ghi ngày hoàn thành hoặc bỏ số chứng nhận.");
                }

                var key = (training.PersonId, VietnameseText.Fold(training.Title), training.StartedOn);
                if (_checked.EarlierRow(pass, key) is { } first)
                {
                    throw new RowRefusedException(Columns["title"], $"Khóa bồi dưỡng này (cùng giáo viên, tên khóa và ngày bắt đầu) đã có ở dòng {first} của tệp.");
                }

                _checked.Remember(pass, key, rows[i].Number);

                if (!onFile.Add(key))
                {
                    continue;
                }

                teachers.RefuseIfRestricted(training.PersonId);
                db.InServiceTrainings.Add(training);
                if (training.CompletedOn is not null)
                {
                    db.Publish(InServiceTrainingRules.Reported(training));
                }

                report.Created++;
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
