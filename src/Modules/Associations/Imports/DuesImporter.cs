using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Imports;

/// <summary>
/// Dues paid, from a CSV or .xlsx file, by the rules of <c>recordAssociationsDues</c>: the member found in the
/// association by "Mã trí thức" or by the outsider's "Họ tên" (a current member first; two outsiders of one name are
/// refused), once per member and year; the dues of a member whose processing is restricted refused at their row; every
/// bad row reported, all or nothing, a dry run that saves nothing.
/// </summary>
public sealed class DuesImporter(
    AssociationsDbContext db, AssociationAccessService access, IPersonDirectory people, IProcessingRestrictions restrictions, IClock clock, ImportLimits limits)
    : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["associationId"] = AssociationColumn.Name, ["personId"] = PersonColumn.Name, ["externalName"] = MemberImporter.ExternalName,
        ["year"] = "Năm", ["paidOn"] = "Ngày đóng", ["amount"] = "Số tiền (đồng)",
    };

    public string Kind => "member-dues";

    public string Title => "Hội phí";

    public ImportHeaders Headers { get; } = new([AssociationColumn.Name, "Năm", "Ngày đóng", "Số tiền (đồng)"], [], [[PersonColumn.Name, MemberImporter.ExternalName]]);

    /// <summary>The (member, year) pairs earlier rows paid: the check pass writes nothing for later chunks to find.</summary>
    private readonly HashSet<(Guid, int)> _paid = [];

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _paid.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, (rows, report, pass, token) =>
        {
            if (pass == ImportPass.Write)
            {
                _paid.Clear();
            }

            return ImportChunkAsync(rows, report, pass, token);
        }, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var associations = new AssociationColumn(db, access);
        await associations.LoadAsync(cancellationToken);
        // A member found by "Mã trí thức" is the person the row names, so the column's look-up tells whether they are restricted.
        var persons = new PersonColumn(people, restrictions);
        await persons.LoadAsync(cells, cancellationToken);
        var members = new Dictionary<Guid, List<Member>>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var association = await associations.ReadAsync(row, cancellationToken);
                if (!members.TryGetValue(association.Id, out var list))
                {
                    list = await db.Members.AsNoTracking().Include(m => m.Dues).Where(m => m.AssociationId == association.Id).ToListAsync(cancellationToken);
                    members[association.Id] = list;
                }

                var member = Find(list, row, association.Title);
                if (member.PersonId is { } person)
                {
                    persons.RefuseIfRestricted(person);
                }

                var year = row.Number(Columns["year"]);
                if (!_paid.Add((member.Id, year)))
                {
                    throw new RowRefusedException(Columns["year"], $"Hội phí năm {year} của hội viên này đã có ở một dòng trước của tệp.");
                }

                var dues = MemberRules.Dues(member, new MemberDuesInput { Year = year, PaidOn = row.Date(Columns["paidOn"]), Amount = Amount(row) }, clock.Today);
                db.MemberDues.Add(dues);
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

    private static Member Find(List<Member> members, ImportCells row, string association)
    {
        var personText = row.Text(PersonColumn.Name);
        var name = row.Text(MemberImporter.ExternalName);
        var (column, found) = personText is not null
            ? (PersonColumn.Name, members.Where(m => Guid.TryParse(personText, out var id) && m.PersonId == id).ToList())
            : name is not null
                ? (MemberImporter.ExternalName, members.Where(m => m.PersonId == null && VietnameseText.Fold(m.ExternalName) == VietnameseText.Fold(name)).ToList())
                : throw new RowRefusedException(PersonColumn.Name, "Hãy ghi mã trí thức, hoặc họ tên người ngoài cơ sở dữ liệu.");
        var candidates = found.Where(m => m.LeftOn == null).ToList() is { Count: > 0 } current ? current : found;
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new RowRefusedException(column, $"'{personText ?? name}' không phải hội viên của {association}."),
            _ => throw new RowRefusedException(column, $"{association} có {candidates.Count} hội viên '{name ?? personText}'; hãy nhập hội phí của họ trên màn hình hội viên."),
        };
    }

    private static long Amount(ImportCells row) =>
        long.TryParse(row.Required(Columns["amount"]).Replace(".", "").Replace(",", "").Replace(" ", ""), out var amount)
            ? amount
            : throw new RowRefusedException(Columns["amount"], $"'{row.Text(Columns["amount"])}' không phải một số tiền (đồng).");
}
