using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// The records a chunk of import rows may touch, loaded in a few queries for the whole chunk: those holding
/// one of the rows' national IDs or staff codes, and the records they were merged into. Records the chunk
/// creates are added as it goes, so a later row of the same file finds them too. Each list of a thousand
/// values goes to the database as one array parameter (EF.Parameter): a thousand separate parameters
/// cost more to bind than the query takes to run.
/// </summary>
internal sealed class RecordsOnFile
{
    private const int MaxMergeHops = 10;

    private readonly Dictionary<string, Intellectual> _byNationalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Intellectual>> _byStaffCode = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Intellectual> _byId = [];

    /// <summary>Loads, tracked for updating, every record holding one of the national IDs or staff codes of <paramref name="inputs"/>.</summary>
    public static async Task<RecordsOnFile> LoadAsync(RegistryDbContext db, IReadOnlyCollection<IntellectualInput> inputs, CancellationToken cancellationToken)
    {
        var nationalIds = inputs.Select(IntellectualRules.NationalIdOf).OfType<string>().Distinct().ToList();
        var staffCodes = inputs.Select(i => Codes.Normalize(i.StaffCode)).OfType<string>().Distinct().ToList();
        var units = inputs.Select(i => i.UnitId).ToHashSet(); // employers reuse codes like "001": only the rows' units matter
        var records = new RecordsOnFile();
        records.AddRange(await db.Intellectuals.Where(p => EF.Parameter(nationalIds).Contains(p.NationalId!)).ToListAsync(cancellationToken));
        // By staff code alone, so that SQLite seeks the staff-code index (with the units in the query it chose the
        // far larger unit index); read untracked, and only those in the rows' units tracked for updating.
        var sameCode = await db.Intellectuals.AsNoTracking().Where(p => EF.Parameter(staffCodes).Contains(p.StaffCode!)).ToListAsync(cancellationToken);
        foreach (var person in sameCode.Where(p => units.Contains(p.UnitId) && !records._byId.ContainsKey(p.Id)))
        {
            db.Attach(person);
            records.Add(person);
        }

        for (var hop = 0; hop < MaxMergeHops; hop++)
        {
            var kept = records._byId.Values.Select(p => p.MergedIntoId).OfType<Guid>().Where(id => !records._byId.ContainsKey(id)).Distinct().ToList();
            if (kept.Count == 0)
            {
                break;
            }

            records.AddRange(await db.Intellectuals.Where(p => EF.Parameter(kept).Contains(p.Id)).ToListAsync(cancellationToken));
        }

        return records;
    }

    /// <summary>Files a record, one loaded from the database or one created by an earlier row of the file, by id, national ID and staff code.</summary>
    public void Add(Intellectual person)
    {
        if (_byId.TryAdd(person.Id, person))
        {
            Index(person);
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> on a record and files it under its new national ID and staff code, so
    /// that later rows of the chunk find it by what it holds now, as they would in the database.
    /// </summary>
    public void Change(Intellectual person, Action<Intellectual> change)
    {
        if (person.NationalId is { } nationalId && _byNationalId.GetValueOrDefault(nationalId) == person)
        {
            _byNationalId.Remove(nationalId);
        }

        if (person.StaffCode is { } staffCode)
        {
            _byStaffCode.GetValueOrDefault(staffCode)?.Remove(person);
        }

        try
        {
            change(person);
        }
        finally
        {
            Index(person);
        }
    }

    private void Index(Intellectual person)
    {
        if (person.NationalId is { } nationalId)
        {
            _byNationalId.TryAdd(nationalId, person);
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

    /// <summary>Whether a record other than <paramref name="self"/> holds <paramref name="nationalId"/>.</summary>
    public bool NationalIdTaken(string? nationalId, Guid self) =>
        nationalId is not null && _byNationalId.TryGetValue(nationalId, out var holder) && holder.Id != self;

    /// <summary>
    /// The record a row updates: the one with the row's national ID, else the one with its staff code in
    /// the row's unit (staff codes belong to one employer). A record merged since is followed to the one kept.
    /// </summary>
    public Intellectual? Match(IntellectualInput input)
    {
        var match = IntellectualRules.NationalIdOf(input) is { } nationalId ? _byNationalId.GetValueOrDefault(nationalId) : null;
        if (match is null && Codes.Normalize(input.StaffCode) is { } staffCode)
        {
            // A merged record keeps its staff code beside the record it was merged into: one person, counted once.
            var sameCode = _byStaffCode.GetValueOrDefault(staffCode)?.Where(p => p.UnitId == input.UnitId && p.MergedIntoId is null).ToList() ?? [];
            if (sameCode.Count > 1)
            {
                throw new RowRefusedException(IntellectualImporter.Columns["staffCode"], $"Hai hồ sơ của đơn vị cùng mang mã cán bộ '{staffCode}'; hãy dùng số định danh.");
            }

            match = sameCode.FirstOrDefault();
        }

        for (var hops = 0; match?.MergedIntoId is { } kept && hops < MaxMergeHops; hops++)
        {
            match = _byId.GetValueOrDefault(kept);
        }

        return match?.MergedIntoId is { } stillMerged
            ? throw new RowRefusedException(IntellectualImporter.Columns["nationalId"], $"Hồ sơ của dòng này đã được gộp vào hồ sơ {stillMerged}; hãy sửa hồ sơ đó.")
            : match;
    }

    private void AddRange(IEnumerable<Intellectual> people)
    {
        foreach (var person in people)
        {
            Add(person);
        }
    }
}
