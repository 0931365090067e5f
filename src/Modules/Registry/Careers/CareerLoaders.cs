using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Per request, loads each kind of career record for a whole page of people in one query.</summary>
public sealed class CareerLoaders(RegistryDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<Qualification>> Qualifications { get; } = GroupedLoader.ByOwner(db.Set<Qualification>(), q => q.IntellectualId, q => q.Year);

    public BatchLoader<Guid, IReadOnlyList<LanguageSkill>> Languages { get; } = GroupedLoader.ByOwner(db.Set<LanguageSkill>(), l => l.IntellectualId, l => l.Level);

    public BatchLoader<Guid, IReadOnlyList<LeadershipPosition>> Positions { get; } = GroupedLoader.ByOwner(db.Set<LeadershipPosition>(), p => p.IntellectualId, p => p.StartDate);

    public BatchLoader<Guid, IReadOnlyList<Training>> Trainings { get; } = GroupedLoader.ByOwner(db.Set<Training>(), t => t.IntellectualId, t => t.StartDate);

    public BatchLoader<Guid, IReadOnlyList<Honour>> Honours { get; } = GroupedLoader.ByOwner(db.Set<Honour>(), h => h.IntellectualId, h => h.Year);

    /// <summary>Each person's highest degree (<see cref="HighestQualification"/>); none for a person without one.</summary>
    public BatchLoader<Guid, Qualification> HighestQualifications { get; } = new(async (ids, cancellationToken) =>
    {
        var wanted = ids.ToList();
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => wanted.Contains(q.IntellectualId)).ToListAsync(cancellationToken);
        return HighestQualification.PerPerson(qualifications);
    });

    /// <summary>
    /// Each person's training that ended last (of two that ended the same day, the one that started later;
    /// then the greater id, so that the answer never depends on the order rows come back in).
    /// </summary>
    public BatchLoader<Guid, Training> LatestTrainings { get; } = new(async (ids, cancellationToken) =>
    {
        var wanted = ids.ToList();
        var latest = await db.Trainings.AsNoTracking()
            .Where(t => wanted.Contains(t.IntellectualId))
            .GroupBy(t => t.IntellectualId)
            .Select(g => g.OrderByDescending(t => t.EndDate).ThenByDescending(t => t.StartDate).ThenByDescending(t => t.Id).First())
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(t => t.IntellectualId);
    });
}
