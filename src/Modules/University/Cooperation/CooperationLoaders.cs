using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Cooperation;

/// <summary>Per request, one query for the activities of a page of agreements, and one for the agreements of a page of activities.</summary>
public sealed class CooperationLoaders(UniversityDbContext db)
{
    public BatchLoader<Guid, IReadOnlyList<CooperationActivity>> Activities { get; } = GroupedLoader.Of<Guid, CooperationActivity>(
        async (agreements, cancellationToken) =>
        {
            var ids = agreements.ToList();
            return (await db.CooperationActivities.AsNoTracking().Include(a => a.Participants).Where(a => ids.Contains(a.AgreementId)).ToListAsync(cancellationToken))
                .OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToList();
        },
        a => [a.AgreementId]);

    public BatchLoader<Guid, CooperationAgreement> AgreementById { get; } = new(async (ids, cancellationToken) =>
        (IReadOnlyDictionary<Guid, CooperationAgreement>)await db.CooperationAgreements.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken));
}
