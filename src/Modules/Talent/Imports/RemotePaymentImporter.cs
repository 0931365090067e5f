using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Data;
using TriThuc.Modules.Talent.Remote;

namespace TriThuc.Modules.Talent.Imports;

/// <summary>
/// Months of remote-area support paid, from a CSV or .xlsx file, by the rules of <c>payTalentRemoteSupport</c>: the post
/// named by its person and decision number, each month entitled on the dated classification and paid once (the
/// first-posting allowance once per person), counting the rows above it in the same file; every bad row reported, all
/// or nothing.
/// </summary>
public sealed class RemotePaymentImporter(TalentDbContext db, IPersonDirectory people, IProcessingRestrictions restrictions, RemoteSupportService remote, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["personId"] = PersonColumn.Name, ["decision"] = "Số quyết định công tác", ["month"] = "Tháng chi", ["kind"] = "Khoản hỗ trợ",
    };

    public string Kind => "remote-payments";

    public string Title => "Chi hỗ trợ vùng đặc biệt khó khăn";

    public ImportHeaders Headers { get; } = new([PersonColumn.Name, "Số quyết định công tác", "Tháng chi", "Khoản hỗ trợ"], []);

    /// <summary>The payments rows above would have recorded in this pass (the check pass writes nothing for later rows to find).</summary>
    private readonly List<RemotePayment> _claimed = [];

    private readonly Dictionary<Guid, IReadOnlySet<DateOnly>> _entitled = [];

    private ImportPass? _pass;

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _claimed.Clear();
        _entitled.Clear();
        _pass = null;
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        if (_pass != pass)
        {
            _claimed.Clear();
            _pass = pass;
        }

        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var persons = new PersonColumn(people, restrictions);
        await persons.LoadAsync(cells, cancellationToken);
        var ids = persons.Ids;
        var postings = await db.RemotePostings.AsNoTracking().Where(p => ids.Contains(p.PersonId)).ToListAsync(cancellationToken);
        var paid = await db.RemotePayments.AsNoTracking().Where(p => ids.Contains(p.PersonId)).ToListAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var person = persons.Read(row);
                var number = row.Required(Columns["decision"]);
                var posting = postings.FirstOrDefault(p => p.PersonId == person && string.Equals(p.Decision, number, StringComparison.OrdinalIgnoreCase))
                    ?? throw new RowRefusedException(Columns["decision"], $"Người này không có quyết định công tác số '{number}'; hãy ghi nhận quyết định trước.");
                var day = row.Date(Columns["month"]);
                var month = new DateOnly(day.Year, day.Month, 1);
                var kind = row.Choice<RemoteSupportKind>(Columns["kind"]);
                if (!_entitled.TryGetValue(posting.Id, out var entitled))
                {
                    entitled = await remote.EntitledMonthsAsync(posting, cancellationToken);
                    _entitled[posting.Id] = entitled;
                }

                RemoteEntitlementRules.RefuseDouble(kind, month, entitled.Contains(month), paid.Concat(_claimed).Where(p => p.PersonId == person));
                var payment = new RemotePayment { PostingId = posting.Id, PersonId = person, Kind = kind, Month = month };
                persons.RefuseIfRestricted(person);
                _claimed.Add(payment);
                db.RemotePayments.Add(payment);
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
