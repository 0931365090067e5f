using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// The people a chunk of career rows is about, found by national ID or else staff code in a few queries for
/// the whole chunk, with the records they were merged into.
/// </summary>
internal sealed class PeopleOnFile
{
    public const string NationalIdColumn = "Số định danh";
    public const string StaffCodeColumn = "Mã cán bộ";

    private readonly Dictionary<string, Intellectual> _byNationalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Intellectual>> _byStaffCode = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Intellectual> _byId = [];

    public static async Task<PeopleOnFile> LoadAsync(RegistryDbContext db, IReadOnlyCollection<ImportCells> rows, CancellationToken cancellationToken)
    {
        var nationalIds = rows.Select(NationalIdOf).OfType<string>().Distinct().ToList();
        var staffCodes = rows.Where(r => NationalIdOf(r) is null).Select(StaffCodeOf).OfType<string>().Distinct().ToList();
        var people = new PeopleOnFile();
        // Two queries rather than one with OR, so that each seeks its own index.
        people.AddRange(await db.Intellectuals.AsNoTracking().Where(p => EF.Parameter(nationalIds).Contains(p.NationalId!)).ToListAsync(cancellationToken));
        people.AddRange(await db.Intellectuals.AsNoTracking().Where(p => EF.Parameter(staffCodes).Contains(p.StaffCode!)).ToListAsync(cancellationToken));
        var kept = people._byId.Values.Select(p => p.MergedIntoId).OfType<Guid>().Where(id => !people._byId.ContainsKey(id)).Distinct().ToList();
        people.AddRange(await db.Intellectuals.AsNoTracking().Where(p => EF.Parameter(kept).Contains(p.Id)).ToListAsync(cancellationToken));
        return people;
    }

    /// <summary>
    /// The person a row is about: the one with its national ID, else the only one with its staff code; a record
    /// merged since gives way to the one it was merged into. Refuses the row when there is no such person, or more than one.
    /// </summary>
    public Intellectual Find(ImportCells row)
    {
        var nationalId = NationalIdOf(row);
        var staffCode = StaffCodeOf(row);
        if (nationalId is null && staffCode is null)
        {
            throw new RowRefusedException(NationalIdColumn, "Cần số định danh hoặc mã cán bộ để biết dòng này của ai.");
        }

        var matches = nationalId is not null
            ? _byNationalId.TryGetValue(nationalId, out var holder) ? [holder] : []
            : _byStaffCode.GetValueOrDefault(staffCode!) ?? [];
        if (matches.Count > 1)
        {
            throw new RowRefusedException(StaffCodeColumn, $"Nhiều hồ sơ cùng mang mã cán bộ '{staffCode}'; hãy dùng số định danh.");
        }

        var person = matches.Count == 1 ? matches[0] : throw new RowRefusedException(
            nationalId is null ? StaffCodeColumn : NationalIdColumn,
            $"Không có hồ sơ trí thức nào mang {(nationalId is null ? $"mã cán bộ '{staffCode}'" : $"số định danh '{nationalId}'")}; hãy nhập hồ sơ trước.");
        return CareerRules.RequireNotMerged(person.MergedIntoId is { } keptId
            ? _byId.GetValueOrDefault(keptId) ?? throw DomainException.NotFound("Không tìm thấy hồ sơ trí thức.")
            : person);
    }

    /// <summary>The column a row's person is found by: its national ID, else its staff code.</summary>
    public static string ColumnFinding(ImportCells row) => NationalIdOf(row) is null ? StaffCodeColumn : NationalIdColumn;

    public static string? NationalIdOf(ImportCells row) => ImportCells.Digits(row.Text(NationalIdColumn), 12);

    public static string? StaffCodeOf(ImportCells row) => Codes.Normalize(row.Text(StaffCodeColumn));

    private void AddRange(IEnumerable<Intellectual> people)
    {
        foreach (var person in people.Where(p => _byId.TryAdd(p.Id, p)))
        {
            if (person.NationalId is { } nationalId)
            {
                _byNationalId[nationalId] = person;
            }

            if (person.StaffCode is { } staffCode)
            {
                if (!_byStaffCode.TryGetValue(staffCode, out var holders))
                {
                    _byStaffCode[staffCode] = holders = [];
                }

                holders.Add(person);
            }
        }
    }
}
