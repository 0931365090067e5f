using GraphQL.DataLoader;
using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;

namespace TriThuc.Modules.Associations.Members;

/// <summary>Per request: the memberships of a page of people in one query, and the associations of a page of members in one more.</summary>
public sealed class MemberLoaders(AssociationsDbContext db, IClock clock)
{
    public BatchLoader<Guid, IReadOnlyList<Member>> ByPerson { get; } =
        GroupedLoader.ByOwner(db.Members.Include(m => m.Dues).Where(m => m.PersonId != null), m => m.PersonId!.Value, m => m.JoinedOn);

    public BatchLoader<Guid, Association> AssociationById { get; } = new(async (ids, cancellationToken) =>
        await db.Associations.AsNoTracking().Include(a => a.Decisions).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken));

    /// <summary>The member's status on a day (today by default), under their association's grace rule.</summary>
    public IDataLoaderResult<MemberStatus?> StatusOn(Member member, DateOnly? day) =>
        AssociationById.Load(member.AssociationId).Then(association => member.StatusOn(day ?? clock.Today, association?.GraceDays ?? 0));
}
