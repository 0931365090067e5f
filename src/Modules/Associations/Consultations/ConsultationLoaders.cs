using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Consultations;

/// <summary>Per request: the consultations whose expert panel a page of people sit on, in one query.</summary>
public sealed class ConsultationLoaders(AssociationsDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<ConsultationRequest>> PanelsByPerson { get; } = GroupedLoader.Of<Guid, ConsultationRequest>(
        async (people, cancellationToken) =>
        {
            var ids = people.ToList();
            return (await db.ConsultationRequests.AsNoTracking()
                    .Include(r => r.Conflicts).Include(r => r.Panel).Include(r => r.ExpertOpinions)
                    .Include(r => r.Opinions).ThenInclude(o => o.Recommendations).ThenInclude(x => x.Response)
                    .AsSplitQuery()
                    .Where(r => r.Panel.Any(s => ids.Contains(s.PersonId)))
                    .ToListAsync(cancellationToken))
                .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).ToList();
        },
        r => r.Panel.Select(s => s.PersonId));
}
