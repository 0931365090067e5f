using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.People;

/// <summary>The Registry's answer to other modules' batched person look-ups: one query per batch.</summary>
public sealed class PersonDirectory(RegistryDbContext db) : IPersonDirectory
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
}
