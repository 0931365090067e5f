using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Imports;

/// <summary>
/// Activities of continuing education from a CSV or .xlsx file, by the rules of <c>recordHealthCmeActivity</c>: every
/// bad row reported, all or nothing, and an activity whose certificate is on file already left as it is (so a file
/// imported twice adds nothing, and the Registry hears of each completed activity once).
/// </summary>
public sealed class CmeActivityImporter(HealthDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["personId"] = PersonColumn.Name, ["title"] = "Tên hoạt động", ["provider"] = "Cơ sở đào tạo", ["form"] = "Hình thức",
        ["startedOn"] = "Từ ngày", ["completedOn"] = "Ngày hoàn thành", ["hours"] = "Số giờ", ["certificate"] = "Số chứng chỉ",
    };

    public string Kind => "cme-activities";

    public string Title => "Đào tạo liên tục";

    public ImportHeaders Headers { get; } = new([PersonColumn.Name, "Tên hoạt động", "Cơ sở đào tạo", "Hình thức", "Từ ngày", "Số giờ", "Số chứng chỉ"], ["Ngày hoàn thành"]);

    /// <summary>The certificates earlier chunks of the check pass would have added (that pass writes nothing for later chunks to find).</summary>
    private readonly HashSet<string> _checked = [];

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var persons = new PersonColumn(people, restrictions);
        await persons.LoadAsync(cells, cancellationToken);
        var read = new List<(int Row, CmeActivity Activity)>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                read.Add((rows[i].Number, CmeRules.New(new CmeInput
                {
                    PersonId = persons.Read(row), Title = row.Required(Columns["title"]), Provider = row.Required(Columns["provider"]),
                    Form = row.Choice<CmeForm>(Columns["form"]), StartedOn = row.Date(Columns["startedOn"]), CompletedOn = row.OptionalDate(Columns["completedOn"]),
                    Hours = row.Number(Columns["hours"]), Certificate = row.Required(Columns["certificate"]),
                }, clock.Today)));
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        var certificates = read.Select(r => r.Activity.Certificate!).Distinct().ToList();
        var onFile = (await db.CmeActivities.AsNoTracking().Where(a => certificates.Contains(a.Certificate!)).Select(a => a.Certificate!).ToListAsync(cancellationToken)).ToHashSet();
        if (pass == ImportPass.Check)
        {
            onFile.UnionWith(_checked);
            _checked.UnionWith(read.Select(r => r.Activity.Certificate!));
        }

        foreach (var (row, activity) in read.Where(r => onFile.Add(r.Activity.Certificate!)))
        {
            if (persons.IsRestricted(activity.PersonId))
            {
                report.Problems.Add(new ImportProblem(row, PersonColumn.Name, RestrictedProcessing.Message));
                continue;
            }

            db.CmeActivities.Add(activity);
            if (activity.CompletedOn is not null)
            {
                db.Publish(CmeRules.Reported(activity));
            }

            report.Created++;
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
