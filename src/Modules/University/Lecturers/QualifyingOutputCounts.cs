using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Lecturers;

/// <summary>The qualifying outputs (<see cref="LecturerWorkloadRules.QualifyingKinds"/>) people authored, by person and year, in one query.</summary>
public static class QualifyingOutputCounts
{
    public static async Task<Dictionary<(Guid, int), int>> LoadAsync(UniversityDbContext db, IReadOnlyCollection<(Guid PersonId, int Year)> keys, CancellationToken cancellationToken)
    {
        var people = keys.Select(k => (Guid?)k.PersonId).Distinct().ToList();
        var years = keys.Select(k => k.Year).Distinct().ToList();
        var kinds = LecturerWorkloadRules.QualifyingKinds.ToList();
        var authored = await (from a in db.ResearchOutputAuthors.AsNoTracking()
                              join o in db.ResearchOutputs.AsNoTracking() on a.OutputId equals o.Id
                              where people.Contains(a.PersonId) && years.Contains(o.Year) && kinds.Contains(o.Kind)
                              select new { PersonId = a.PersonId!.Value, o.Year, o.Id }).ToListAsync(cancellationToken);
        return authored.DistinctBy(a => (a.PersonId, a.Year, a.Id)).GroupBy(a => (a.PersonId, a.Year)).ToDictionary(g => g.Key, g => g.Count());
    }
}
