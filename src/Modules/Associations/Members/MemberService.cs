using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Members;

/// <summary>Admits members, records their dues and their leaving, for the editors of their association only.</summary>
public sealed class MemberService(AssociationsDbContext db, AssociationService associations, AssociationAccessService access, RegistryReferences registry, IClock clock)
{
    private IQueryable<Member> Members => db.Members.Include(m => m.Dues);

    public async Task<Member> AdmitAsync(MemberInput input, CancellationToken cancellationToken)
    {
        var association = await associations.FindAsync(input.AssociationId, "associationId", cancellationToken);
        await access.RequireWriterAsync(association, cancellationToken);
        var member = MemberRules.New(input, association, clock.Today);
        if (member.PersonId is { } person)
        {
            await registry.RequirePeopleAsync([person], "personId", cancellationToken);
            if (await db.Members.AnyAsync(m => m.AssociationId == association.Id && m.PersonId == person && m.LeftOn == null, cancellationToken))
            {
                throw DomainException.Conflict($"Người này đang là hội viên của {association.Title}.", "personId");
            }
        }

        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<Member> RecordDuesAsync(Guid id, MemberDuesInput input, CancellationToken cancellationToken)
    {
        var member = await WritableAsync(id, cancellationToken);
        db.MemberDues.Add(MemberRules.Dues(member, input, clock.Today));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict($"Hội phí năm {input.Year} của hội viên này vừa được người khác ghi; hãy tải lại.", "year");
        }

        return member;
    }

    public async Task<Member> LeaveAsync(Guid id, DateOnly leftOn, CancellationToken cancellationToken)
    {
        var member = await WritableAsync(id, cancellationToken);
        MemberRules.Leave(member, leftOn, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>An association's members by joining date, then id, for those who read its members only.</summary>
    public async Task<IQueryable<Member>> OfAssociationAsync(Guid associationId, CancellationToken cancellationToken)
    {
        await access.RequireMemberReaderAsync(await associations.FindAsync(associationId, null, cancellationToken), cancellationToken);
        return Members.AsNoTracking().Where(m => m.AssociationId == associationId).OrderBy(m => m.JoinedOn).ThenBy(m => m.Id);
    }

    private async Task<Member> WritableAsync(Guid id, CancellationToken cancellationToken)
    {
        var member = await Members.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw NotFound();
        await access.RequireWriterAsync(await associations.FindAsync(member.AssociationId, null, cancellationToken), cancellationToken);
        return member;
    }

    private static DomainException NotFound() => DomainException.NotFound("Không tìm thấy hội viên.");
}
