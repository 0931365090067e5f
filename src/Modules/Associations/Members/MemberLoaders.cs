using GraphQL.DataLoader;
using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Members;

/// <summary>
/// Per request: the memberships of a page of people in one query (only in the associations whose members the caller
/// reads), the associations of a page of members in one more, and the members of a page of associations for counting.
/// </summary>
public sealed class MemberLoaders(AssociationsDbContext db, AssociationAccessService access, IClock clock)
{
    public BatchLoader<Guid, IReadOnlyList<Member>> ByPerson { get; } = GroupedLoader.Of<Guid, Member>(
        async (people, cancellationToken) =>
        {
            var readable = await access.MemberReadableAsync(cancellationToken);
            var ids = access.OnlySelf is { } self ? people.Where(p => p == self).ToList() : people.ToList();
            if (access.OnlySelf is not null)
            {
                readable = null;
            }

            var query = db.Members.AsNoTracking().Include(m => m.Dues).Where(m => m.PersonId != null && ids.Contains(m.PersonId.Value));
            if (readable is not null)
            {
                var associations = readable.ToList();
                query = query.Where(m => associations.Contains(m.AssociationId));
            }

            return (await query.ToListAsync(cancellationToken)).OrderBy(m => m.JoinedOn).ThenBy(m => m.Id).ToList();
        },
        m => [m.PersonId!.Value]);

    public BatchLoader<Guid, IReadOnlyList<Member>> ByAssociation { get; } =
        GroupedLoader.ByOwner(db.Members.Include(m => m.Dues), m => m.AssociationId, m => m.JoinedOn);

    public BatchLoader<Guid, Association> AssociationById { get; } = new(async (ids, cancellationToken) =>
        await db.Associations.AsNoTracking().Include(a => a.Decisions).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken));

    /// <summary>The member's status on a day (today by default), under their association's grace rule.</summary>
    public IDataLoaderResult<MemberStatus?> StatusOn(Member member, DateOnly? day) =>
        AssociationById.Load(member.AssociationId).Then(association => member.StatusOn(day ?? clock.Today, association?.GraceDays ?? 0));

    /// <summary>How many members of the association are in each status on a day: counts, no one named.</summary>
    public IDataLoaderResult<MemberCounts> CountsOn(Association association, DateOnly? day) =>
        ByAssociation.Load(association.Id).Then(members => MemberCounts.Of(members ?? [], day ?? clock.Today, association.GraceDays));
}
