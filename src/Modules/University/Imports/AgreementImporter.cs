using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Branch;
using TriThuc.Modules.University.Cooperation;
using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Imports;

/// <summary>
/// Cooperation agreements from a CSV or .xlsx file, by the rules of <c>recordUniversityCooperationAgreement</c>: every bad
/// row reported, all or nothing, and an agreement with a partner already on file signed the same day left as it is (so a
/// file imported twice adds nothing). The responsible unit is named by its Registry code.
/// </summary>
public sealed class AgreementImporter(UniversityDbContext db, IUnitDirectory units, IClock clock, ImportLimits limits) : IFileImporter
{
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["partner"] = "Đối tác", ["country"] = "Quốc gia", ["origin"] = "Trong nước/nước ngoài", ["type"] = "Loại văn bản", ["scope"] = "Phạm vi hợp tác",
        ["signedOn"] = "Ngày ký", ["validFrom"] = "Hiệu lực từ", ["validTo"] = "Hiệu lực đến", ["responsibleUnitId"] = "Mã đơn vị phụ trách",
    };

    public string Kind => "agreements";

    public string Title => "Thỏa thuận hợp tác";

    public ImportHeaders Headers { get; } = new(
        ["Đối tác", "Trong nước/nước ngoài", "Loại văn bản", "Phạm vi hợp tác", "Ngày ký", "Mã đơn vị phụ trách"], ["Quốc gia", "Hiệu lực từ", "Hiệu lực đến"]);

    /// <summary>The agreements earlier chunks of the check pass would have added (that pass writes nothing for later chunks to find).</summary>
    private readonly HashSet<(string Partner, DateOnly SignedOn)> _checked = [];

    public Task<ImportReport> ImportAsync(Stream content, string fileName, bool dryRun, CancellationToken cancellationToken)
    {
        _checked.Clear();
        return ImportRunner.RunInChunksAsync(db, content, fileName, dryRun, Headers, limits, ImportChunkAsync, cancellationToken);
    }

    private async Task ImportChunkAsync(IReadOnlyList<ImportRow> rows, ImportReport report, ImportPass pass, CancellationToken cancellationToken)
    {
        var all = await units.GetAllAsync(cancellationToken);
        var read = new List<CooperationAgreement>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                var row = new ImportCells(rows[i].Cells);
                var agreement = CooperationRules.NewAgreement(new CooperationAgreementInput
                {
                    Partner = row.Required(Columns["partner"]), Country = row.Text(Columns["country"]), Origin = row.Choice<AgreementOrigin>(Columns["origin"]),
                    Type = row.Choice<AgreementType>(Columns["type"]), Scope = row.Required(Columns["scope"]), SignedOn = row.Date(Columns["signedOn"]),
                    ValidFrom = row.OptionalDate(Columns["validFrom"]), ValidTo = row.OptionalDate(Columns["validTo"]),
                }, clock.Today);
                agreement.ResponsibleUnitId = UnitOf(row.Required(Columns["responsibleUnitId"]), agreement.SignedOn, all);
                read.Add(agreement);
            }
            catch (Exception error) when (ImportRunner.Refusal(rows[i].Number, error, Columns) is { } problem)
            {
                report.Problems.Add(problem);
            }
        }

        var partners = read.Select(a => a.SearchTitle).Distinct().ToList();
        var onFile = (await db.CooperationAgreements.AsNoTracking().Where(a => partners.Contains(a.SearchTitle)).Select(a => new { a.SearchTitle, a.SignedOn })
            .ToListAsync(cancellationToken)).Select(a => (a.SearchTitle, a.SignedOn)).ToHashSet();
        if (pass == ImportPass.Check)
        {
            onFile.UnionWith(_checked);
        }

        foreach (var agreement in read.Where(a => onFile.Add((a.SearchTitle, a.SignedOn))))
        {
            if (pass == ImportPass.Check)
            {
                _checked.Add((agreement.SearchTitle, agreement.SignedOn));
            }

            db.CooperationAgreements.Add(agreement);
            report.Created++;
        }

        if (pass == ImportPass.Write && report.Problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The branch unit with this Registry code, open on the signing day.</summary>
    private static Guid UnitOf(string code, DateOnly signedOn, IReadOnlyList<UnitSummary> all)
    {
        var unit = all.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase) && u.IsOpenOn(signedOn))
            ?? throw DomainException.Validation("responsibleUnitId", $"Không có đơn vị mã '{code}' hoạt động vào ngày ký {signedOn:dd/MM/yyyy}.");
        return BranchUnits.Contains(all, unit.Id)
            ? unit.Id
            : throw DomainException.Validation("responsibleUnitId", $"Đơn vị phụ trách phải là phân hiệu hoặc một khoa, phòng thuộc phân hiệu; '{unit.Name}' không thuộc phân hiệu.");
    }
}
