using TriThuc.Modules.Education.Data;

namespace TriThuc.Modules.Education.Gifted;

/// <summary>Per request: the pupils of a page of entries in one query, and the teams a page of people coach in one query.</summary>
public sealed class GiftedLoaders(EducationDbContext db)
{
    public BatchLoader<Guid, Pupil> PupilById { get; } = new(async (ids, cancellationToken) =>
        await db.Pupils.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken));

    public BatchLoader<Guid, IReadOnlyList<Team>> CoachedTeams { get; } = GroupedLoader.Of<Guid, Team>(
        async (people, cancellationToken) => await db.Teams.AsNoTracking().Include(t => t.Coaches)
            .Where(t => t.Coaches.Any(c => people.Contains(c.PersonId))).OrderBy(t => t.Subject).ThenBy(t => t.Id).ToListAsync(cancellationToken),
        t => t.Coaches.Select(c => c.PersonId));
}
