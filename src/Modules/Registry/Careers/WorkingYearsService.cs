using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>The Registry's answer to <see cref="IWorkingYears"/>: the earliest qualification year or leadership post of each person.</summary>
public sealed class WorkingYearsService(RegistryDbContext db) : IWorkingYears
{
    public async Task<IReadOnlyDictionary<Guid, int>> StartYearsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var qualified = await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.IntellectualId))
            .GroupBy(q => q.IntellectualId).Select(g => new { Id = g.Key, Year = g.Min(q => q.Year) }).ToListAsync(cancellationToken);
        var posts = await db.LeadershipPositions.AsNoTracking().Where(p => ids.Contains(p.IntellectualId))
            .Select(p => new { Id = p.IntellectualId, p.StartDate }).ToListAsync(cancellationToken);
        var years = qualified.ToDictionary(q => q.Id, q => q.Year);
        foreach (var post in posts)
        {
            years[post.Id] = years.TryGetValue(post.Id, out var year) ? Math.Min(year, post.StartDate.Year) : post.StartDate.Year;
        }

        return years;
    }
}
