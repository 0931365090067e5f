using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.People;

/// <summary>The Registry's answer to other modules' batched person look-ups: one query per batch.</summary>
public sealed class PersonDirectory(RegistryDbContext db, UnitService units) : IPersonDirectory
{
    public async Task<IReadOnlyDictionary<Guid, PersonSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await (from person in db.Intellectuals.AsNoTracking()
                      join unit in db.Units.AsNoTracking() on person.UnitId equals unit.Id
                      where wanted.Contains(person.Id)
                      select new PersonSummary(person.Id, person.FullName, unit.Id, unit.Name, person.Status.ToString(), person.MergedIntoId))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<PersonSummary>> FindAsync(PeopleQuery query, CancellationToken cancellationToken)
    {
        var day = query.On;
        var people = db.Intellectuals.AsNoTracking()
            .Where(p => p.MergedIntoId == null && (p.Status == EmploymentStatus.Working || p.StatusSince > day));
        if (query.UnitSubtrees is { } roots)
        {
            var inScope = new HashSet<Guid>();
            foreach (var root in roots)
            {
                inScope.UnionWith(await units.SubtreeAsync(root, cancellationToken));
            }

            var unitIds = inScope.ToList();
            people = people.Where(p => unitIds.Contains(p.UnitId));
        }

        if (query.FieldCode is { } field)
        {
            people = people.Where(p => p.FieldCode == field);
        }

        return await (from person in people
                      join unit in db.Units.AsNoTracking() on person.UnitId equals unit.Id
                      orderby person.SearchName, person.Id
                      select new PersonSummary(person.Id, person.FullName, unit.Id, unit.Name, person.Status.ToString(), person.MergedIntoId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> FindByNationalIdHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        var wanted = hashes.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, Guid>();
        }

        var found = await db.Intellectuals.AsNoTracking()
            .Where(p => p.NationalIdHash != null && wanted.Contains(p.NationalIdHash) && p.MergedIntoId == null)
            .Select(p => new { Hash = p.NationalIdHash!, p.Id })
            .ToListAsync(cancellationToken);
        return found.GroupBy(p => p.Hash, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }
}
