using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Imports;

/// <summary>
/// An association's member list from a CSV or .xlsx file, by the rules of <c>admitAssociationsMember</c>: a Registry
/// intellectual by "Mã trí thức" or an outsider by "Họ tên" (exactly one), for associations the caller writes for;
/// every bad row reported with its row, column and reason, all or nothing, a dry run that saves nothing. Its writes are
/// serialised on each association it admits to, as an admission by hand is.
/// </summary>
public sealed class MemberImporter(AssociationsDbContext db, AssociationAccessService access, IPersonDirectory people, IProcessingRestrictions restrictions, IClock clock, ImportLimits limits) : IFileImporter
{
    public const string ExternalName = "Họ tên (người ngoài cơ sở dữ liệu)";

    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["associationId"] = AssociationColumn.Name, ["personId"] = PersonColumn.Name, ["externalName"] = ExternalName,
        ["kind"] = "Loại hội viên", ["joinedOn"] = "Ngày gia nhập",
    };

    public string Kind => "members";

    public string Title => "Hội viên";

    public bool IsDefault => true;

    public ImportHeaders Headers { get; } = new([AssociationColumn.Name, "Loại hội viên", "Ngày gia nhập"], [], [[PersonColumn.Name, ExternalName]]);

    /// <summary>The (association, person) pairs earlier rows claimed: the check pass writes nothing for later chunks to find.</summary>
    private readonly HashSet<(Guid, Guid)> _claimed = [];

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _claimed.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, (rows, report, pass, token) =>
        {
            if (pass == ImportPass.Write)
            {
                _claimed.Clear();
            }

            return ImportChunkAsync(rows, report, pass, token);
        }, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var cells = rows.Select(r => new ImportCells(r.Cells)).ToList();
        var persons = new PersonColumn(people, restrictions);
        await persons.LoadAsync(cells, cancellationToken);
        var associations = new AssociationColumn(db, access);
        await associations.LoadAsync(cancellationToken);
        var named = persons.Ids;
        var current = (await db.Members.AsNoTracking().Where(m => m.PersonId != null && named.Contains(m.PersonId.Value) && m.LeftOn == null)
            .Select(m => new { m.AssociationId, PersonId = m.PersonId!.Value }).ToListAsync(cancellationToken)).Select(m => (m.AssociationId, m.PersonId)).ToHashSet();
        var admittedTo = new HashSet<Association>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = cells[i];
                var association = await associations.ReadAsync(row, cancellationToken);
                var personText = row.Text(PersonColumn.Name);
                var member = MemberRules.New(new MemberInput
                {
                    AssociationId = association.Id, PersonId = personText is null ? null : persons.Read(personText, PersonColumn.Name),
                    ExternalName = row.Text(ExternalName), Kind = row.Choice<MemberKind>(Columns["kind"]), JoinedOn = row.Date(Columns["joinedOn"]),
                }, association, clock.Today);
                if (member.PersonId is { } person && (current.Contains((association.Id, person)) || !_claimed.Add((association.Id, person))))
                {
                    throw new RowRefusedException(PersonColumn.Name, $"Người này đã là hội viên của {association.Title} (trong cơ sở dữ liệu hoặc ở một dòng trước của tệp).");
                }

                if (member.PersonId is { } registered)
                {
                    persons.RefuseIfRestricted(registered);
                }

                db.Members.Add(member);
                admittedTo.Add(association);
                report.Created++;
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            foreach (var association in admittedTo)
            {
                db.SerialiseOn(association);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
