using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Research;

/// <summary>Per request, one query for the outputs of a whole page of people.</summary>
public sealed class ResearchOutputLoaders(UniversityDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<ResearchOutput>> ByAuthor { get; } = GroupedLoader.Of<Guid, ResearchOutput>(
        async (people, cancellationToken) =>
        {
            var ids = people.ToList();
            return (await db.ResearchOutputs.AsNoTracking().Include(o => o.Authors)
                    .Where(o => o.Authors.Any(a => a.PersonId != null && ids.Contains(a.PersonId.Value)))
                    .ToListAsync(cancellationToken))
                .OrderByDescending(o => o.Year).ThenBy(o => o.Id).ToList();
        },
        o => o.Authors.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value));
}
