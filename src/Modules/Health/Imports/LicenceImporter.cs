using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Licences;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Imports;

/// <summary>
/// Practising licences from a CSV or .xlsx file, by the rules of <c>issueHealthLicence</c>: every bad row reported with
/// its row, column and reason, nothing saved unless every row passes, and a licence whose number is on file already
/// left as it is, so that importing a file twice adds nothing the second time.
/// </summary>
public sealed class LicenceImporter(HealthDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["holderId"] = PersonColumn.Name, ["number"] = "Số giấy phép", ["title"] = "Chức danh", ["scope"] = "Phạm vi hành nghề",
        ["issuer"] = "Nơi cấp", ["issuedOn"] = "Ngày cấp",
    };

    public string Kind => "licences";

    public string Title => "Giấy phép hành nghề";

    public ImportHeaders Headers { get; } = new([PersonColumn.Name, "Số giấy phép", "Chức danh", "Phạm vi hành nghề", "Nơi cấp", "Ngày cấp"], []);

    /// <summary>
    /// The licences earlier chunks of the check pass would have added (that pass writes nothing for later chunks to find):
    /// their numbers, and those in force by holder and title, which a later row's licence replaces.
    /// </summary>
    private readonly HashSet<string> _checkedNumbers = [];
    private readonly Dictionary<(Guid Holder, ProfessionalTitle Title), PractisingLicence> _checkedInForce = [];

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checkedNumbers.Clear();
        _checkedInForce.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var holders = new PersonColumn(people, restrictions);
        await holders.LoadAsync(cells, cancellationToken);
        var read = new List<(int Row, LicenceInput Input)>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                read.Add((rows[i].Number, new LicenceInput
                {
                    HolderId = holders.Read(cells[i]), Number = cells[i].Required(Columns["number"]), Title = cells[i].Choice<ProfessionalTitle>(Columns["title"]),
                    Scope = cells[i].Required(Columns["scope"]), Issuer = cells[i].Required(Columns["issuer"]), IssuedOn = cells[i].Date(Columns["issuedOn"]),
                }));
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        var numbers = read.Select(r => r.Input.Number.Trim().ToUpperInvariant()).Distinct().ToList();
        var onFile = (await db.Licences.AsNoTracking().Where(l => numbers.Contains(l.Number)).Select(l => l.Number).ToListAsync(cancellationToken)).ToHashSet();
        var holderIds = read.Select(r => r.Input.HolderId).Distinct().ToList();
        var inForce = await db.Licences.Include(l => l.Decisions).Include(l => l.Renewals).AsSplitQuery()
            .Where(l => holderIds.Contains(l.HolderId) && l.InForceTitle != null).ToListAsync(cancellationToken);
        if (pass == ImportPass.Check)
        {
            onFile.UnionWith(_checkedNumbers);
            inForce.RemoveAll(l => _checkedInForce.ContainsKey((l.HolderId, l.InForceTitle!.Value)));
            inForce.AddRange(_checkedInForce.Values.Where(l => holderIds.Contains(l.HolderId)));
        }

        foreach (var (row, input) in read.OrderBy(r => r.Input.IssuedOn))
        {
            try
            {
                var licence = LicenceRules.New(input, clock.Today);
                if (!onFile.Add(licence.Number))
                {
                    continue;
                }

                holders.RefuseIfRestricted(licence.HolderId);

                var current = inForce.SingleOrDefault(l => l.HolderId == licence.HolderId && l.InForceTitle == licence.Title);
                LicenceRules.Replace(current, licence);
                if (current is not null)
                {
                    inForce.Remove(current);
                }

                inForce.Add(licence);
                if (pass == ImportPass.Check)
                {
                    _checkedNumbers.Add(licence.Number);
                    _checkedInForce[(licence.HolderId, licence.Title)] = licence;
                }

                db.Licences.Add(licence);
                report.Created++;
            }
            catch (Exception error) when (ImportRunner.Refusal(row, error, Columns) is { } problem)
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
