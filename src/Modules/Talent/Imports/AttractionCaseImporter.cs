using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Cases;
using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Imports;

/// <summary>
/// Applications under attraction policies from a CSV or .xlsx file, by the rules of <c>applyTalentAttractionCase</c>: the
/// policy named by its code, the unit by its Registry code (open on the application day); every bad row reported, all or
/// nothing, and an application already on file (same policy, name, birth date and day) left as it is, so a file imported
/// twice adds nothing. Each case is applied only: its assessment and later steps are decisions taken one by one.
/// </summary>
public sealed class AttractionCaseImporter(TalentDbContext db, IUnitDirectory units, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["policyId"] = "Mã chính sách", ["applicantName"] = "Họ và tên", ["birthDate"] = "Ngày sinh", ["degree"] = "Trình độ",
        ["fieldCode"] = "Mã lĩnh vực", ["targetUnitId"] = "Mã đơn vị", ["appliedOn"] = "Ngày nộp",
    };

    public string Kind => "attraction-cases";

    public string Title => "Hồ sơ thu hút";

    public ImportHeaders Headers { get; } = new(["Mã chính sách", "Họ và tên", "Ngày sinh", "Trình độ", "Mã lĩnh vực", "Mã đơn vị", "Ngày nộp"], []);

    /// <summary>The applications earlier chunks of the check pass would have added (that pass writes nothing for later chunks to find).</summary>
    private readonly HashSet<(Guid Policy, string Name, DateOnly BirthDate, DateOnly AppliedOn)> _checked = [];

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var all = await units.GetAllAsync(cancellationToken);
        var policies = await db.Policies.AsNoTracking().Include(p => p.Versions).ToDictionaryAsync(p => p.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var read = new List<AttractionCase>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = new ImportCells(rows[i].Cells);
                var code = row.Required(Columns["policyId"]);
                var policy = policies.GetValueOrDefault(code) ?? throw new RowRefusedException(Columns["policyId"], $"Không có chính sách thu hút mang mã '{code}'.");
                var appliedOn = row.Date(Columns["appliedOn"]);
                read.Add(ApplicationRules.New(new ApplicantInput
                {
                    PolicyId = policy.Id, ApplicantName = row.Required(Columns["applicantName"]), BirthDate = row.Date(Columns["birthDate"]),
                    Degree = row.Choice<DegreeLevel>(Columns["degree"]), FieldCode = row.Required(Columns["fieldCode"]),
                    TargetUnitId = UnitOf(row.Required(Columns["targetUnitId"]), appliedOn, all), AppliedOn = appliedOn,
                }, policy, clock.Today));
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        var names = read.Select(c => c.ApplicantName).Distinct().ToList();
        var onFile = (await db.Cases.AsNoTracking().Where(c => names.Contains(c.ApplicantName))
                .Select(c => new { c.PolicyId, c.ApplicantName, c.BirthDate, c.AppliedOn }).ToListAsync(cancellationToken))
            .Select(c => (c.PolicyId, c.ApplicantName, c.BirthDate, c.AppliedOn)).ToHashSet();
        if (pass == ImportPass.Check)
        {
            onFile.UnionWith(_checked);
        }

        foreach (var attractionCase in read.Where(c => onFile.Add((c.PolicyId, c.ApplicantName, c.BirthDate, c.AppliedOn))))
        {
            if (pass == ImportPass.Check)
            {
                _checked.Add((attractionCase.PolicyId, attractionCase.ApplicantName, attractionCase.BirthDate, attractionCase.AppliedOn));
            }

            db.Cases.Add(attractionCase);
            report.Created++;
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The unit with this Registry code, open on the application day.</summary>
    private static Guid UnitOf(string code, DateOnly appliedOn, IReadOnlyList<UnitSummary> all) =>
        all.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase) && u.IsOpenOn(appliedOn))?.Id
        ?? throw new RowRefusedException(Columns["targetUnitId"], $"Không có đơn vị mã '{code}' hoạt động vào ngày nộp {appliedOn:dd/MM/yyyy}.");
}
