using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Duplicates;

/// <summary>
/// Finds records that are probably one person entered twice (by two units, or twice by one), and merges
/// them keeping everything both held. The commonest defect of such databases.
/// </summary>
public sealed class DuplicateService(RegistryDbContext db)
{
    public const int MaxNameDistance = 2;

    /// <summary>Likely duplicates across the whole Registry, up to <paramref name="limit"/> pairs.</summary>
    public async Task<List<DuplicateCandidate>> FindAsync(int limit, CancellationToken cancellationToken)
    {
        var active = db.Intellectuals.AsNoTracking().Where(p => p.MergedIntoId == null);
        var sameNameAndBirth = await active
            .GroupBy(p => new { p.SearchName, p.DateOfBirth }).Where(g => g.Count() > 1).Select(g => g.Key)
            .Take(limit).ToListAsync(cancellationToken);
        var sameUnitAndBirth = await active
            .GroupBy(p => new { p.UnitId, p.DateOfBirth }).Where(g => g.Count() > 1).Select(g => g.Key)
            .Take(limit * 4).ToListAsync(cancellationToken);

        var names = sameNameAndBirth.Select(k => k.SearchName).Distinct().ToList();
        var units = sameUnitAndBirth.Select(k => k.UnitId).Distinct().ToList();
        var people = await active.Where(p => names.Contains(p.SearchName) || units.Contains(p.UnitId)).ToListAsync(cancellationToken);

        var pairs = new List<DuplicateCandidate>();
        foreach (var group in people.GroupBy(p => (p.SearchName, p.DateOfBirth)).Where(g => g.Count() > 1))
        {
            pairs.AddRange(Pairs(group.ToList()).Select(p => new DuplicateCandidate(p.First, p.Second, DuplicateReason.SameNameAndBirthDate)));
        }

        foreach (var group in people.GroupBy(p => (p.UnitId, p.DateOfBirth)).Where(g => g.Count() > 1))
        {
            pairs.AddRange(Pairs(group.ToList())
                .Where(p => p.First.SearchName != p.Second.SearchName && NameDistance.Between(p.First.SearchName, p.Second.SearchName) <= MaxNameDistance)
                .Select(p => new DuplicateCandidate(p.First, p.Second, DuplicateReason.CloseNameSameUnit)));
        }

        return pairs.OrderBy(p => p.First.SearchName).Take(limit).ToList();
    }

    /// <summary>The records that may be the same person as this one: shown to the clerk right after entering it.</summary>
    public async Task<List<Intellectual>> CandidatesForAsync(Intellectual person, CancellationToken cancellationToken) =>
        (await CandidatesForAsync([person], cancellationToken))[person.Id];

    /// <summary>
    /// Likely duplicates of each of <paramref name="people"/> (records already saved), in one query whatever their
    /// number: the records born the same day with the same name or in the same unit, found through the birth-date
    /// index, whose names are then compared here. A page of people costs one statement (issue 19's statement
    /// budget); the rows read grow with how many people share each birth date (a few per day in a province of
    /// 100,000, more on days that stand for "born that year", such as 1 January), which is why an import, asking for
    /// thousands, uses <see cref="CandidatesForUnsavedAsync"/> instead.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, List<Intellectual>>> CandidatesForAsync(IReadOnlyCollection<Intellectual> people, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id).Distinct().ToList();
        var asked = db.Intellectuals.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id));
        var active = db.Intellectuals.AsNoTracking().Where(p => p.MergedIntoId == null);
        var found = await (
                from person in asked
                join other in active on person.DateOfBirth equals other.DateOfBirth
                where other.Id != person.Id && (other.SearchName == person.SearchName || other.UnitId == person.UnitId)
                select new { PersonId = person.Id, person.SearchName, person.UnitId, Other = other })
            .ToListAsync(cancellationToken);
        var byPerson = found.Where(p => IsLikelySame(p.SearchName, p.UnitId, p.Other)).ToLookup(p => p.PersonId, p => p.Other);
        return ids.ToDictionary(id => id, id => byPerson[id].OrderBy(p => p.SearchName).ThenBy(p => p.Id).ToList());
    }

    /// <summary>
    /// Likely duplicates on file of people not saved (an import's check pass, which writes nothing): every active record
    /// born on one of their birth dates (both ways of being alike need the same birth date), read in one query through
    /// the birth-date index and paired here. Asking for the birth dates and the names as two lists instead made the
    /// database seek every birth date with every name, a million seeks for a chunk of a thousand rows, which is nothing
    /// in an empty province and a quarter of a second per chunk in one of 100,000 people. The records come back with only
    /// the columns the pairing and a warning need (id, full name, birth date, unit); every other property is left empty.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, List<Intellectual>>> CandidatesForUnsavedAsync(IReadOnlyCollection<Intellectual> people, CancellationToken cancellationToken)
    {
        var births = people.Select(p => p.DateOfBirth).Distinct().ToList();
        var byBirth = (await db.Intellectuals.AsNoTracking()
                .Where(p => p.MergedIntoId == null && EF.Parameter(births).Contains(p.DateOfBirth))
                .Select(p => new Intellectual { Id = p.Id, FullName = p.FullName, DateOfBirth = p.DateOfBirth, UnitId = p.UnitId })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.DateOfBirth);
        return people.ToDictionary(p => p.Id, p => byBirth[p.DateOfBirth]
            .Where(other => other.Id != p.Id && IsLikelySame(p, other))
            .OrderBy(o => o.SearchName).ThenBy(o => o.Id).ToList());
    }

    /// <summary>The pairing rule of <see cref="CandidatesForAsync(IReadOnlyCollection{Intellectual}, CancellationToken)"/> for two people born the same day.</summary>
    public static bool IsLikelySame(Intellectual person, Intellectual other) =>
        person.DateOfBirth == other.DateOfBirth && IsLikelySame(person.SearchName, person.UnitId, other);

    private static bool IsLikelySame(string searchName, Guid unitId, Intellectual other) => IsLikelySame(searchName, unitId, other.SearchName, other.UnitId);

    /// <summary>The same rule for two people born the same day, given their folded names and units only.</summary>
    public static bool IsLikelySame(string searchName, Guid unitId, string otherSearchName, Guid otherUnitId) =>
        searchName == otherSearchName || (unitId == otherUnitId && NameDistance.Between(searchName, otherSearchName) <= MaxNameDistance);

    /// <summary>
    /// Merges <paramref name="mergeId"/> into <paramref name="keepId"/>: every career record moves over,
    /// blanks of the kept record are filled from the other, the other is marked merged (never deleted),
    /// and other modules are told through an integration event — all in one transaction.
    /// </summary>
    public async Task<Intellectual> MergeAsync(Guid keepId, Guid mergeId, CancellationToken cancellationToken)
    {
        if (keepId == mergeId)
        {
            throw DomainException.Validation("mergeId", "Không thể gộp một hồ sơ với chính nó.");
        }

        var keep = await ActiveAsync(keepId, "keepId", cancellationToken);
        var merge = await ActiveAsync(mergeId, "mergeId", cancellationToken);
        if (keep.NationalId is not null && merge.NationalId is not null && keep.NationalId != merge.NationalId)
        {
            throw DomainException.Conflict("Hai hồ sơ có hai số định danh khác nhau: đó là hai người, không gộp được.", "mergeId");
        }

        await Move(db.Qualifications, mergeId, keepId, cancellationToken);
        await Move(db.LanguageSkills, mergeId, keepId, cancellationToken);
        await Move(db.LeadershipPositions, mergeId, keepId, cancellationToken);
        await Move(db.Trainings, mergeId, keepId, cancellationToken);
        await Move(db.Honours, mergeId, keepId, cancellationToken);

        var nationalId = keep.NationalId ?? merge.NationalId;
        merge.NationalId = null; // the number is unique: it now belongs to the kept record
        keep.NationalId = nationalId;
        keep.StaffCode ??= merge.StaffCode;
        keep.Phone ??= merge.Phone;
        keep.Email ??= merge.Email;
        keep.JobTitle ??= merge.JobTitle;
        keep.AcademicTitle ??= merge.AcademicTitle;
        keep.AcademicTitleYear ??= merge.AcademicTitleYear;
        keep.PoliticalTheoryLevel ??= merge.PoliticalTheoryLevel;
        merge.MergedIntoId = keep.Id;

        db.Publish(new IntellectualsMerged(keep.Id, merge.Id));
        await db.SaveChangesAsync(cancellationToken);
        return keep;
    }

    private async Task<Intellectual> ActiveAsync(Guid id, string field, CancellationToken cancellationToken)
    {
        var person = await db.Intellectuals.FindAsync([id], cancellationToken) ?? throw DomainException.Validation(field, "Không tìm thấy hồ sơ.");
        if (person.MergedIntoId is not null)
        {
            throw DomainException.Conflict("Hồ sơ này đã được gộp vào một hồ sơ khác.", field);
        }

        return person;
    }

    private static async Task Move<T>(DbSet<T> records, Guid from, Guid to, CancellationToken cancellationToken) where T : class
    {
        // Loaded and changed one by one (not ExecuteUpdate), so that each move is in the audit trail.
        foreach (var record in await records.Where(r => EF.Property<Guid>(r, "IntellectualId") == from).ToListAsync(cancellationToken))
        {
            records.Entry(record).Property<Guid>("IntellectualId").CurrentValue = to;
        }
    }

    private static IEnumerable<(Intellectual First, Intellectual Second)> Pairs(List<Intellectual> group)
    {
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                yield return (group[i], group[j]);
            }
        }
    }
}
