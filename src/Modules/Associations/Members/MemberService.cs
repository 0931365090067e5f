using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Members;

/// <summary>
/// Admits members, records their dues and their leaving, for the editors of their association only. An admission and a
/// leaving are serialised on the association (<see cref="Versions.SerialiseOn{T}"/>), so that one person sent twice at
/// once is admitted once, and an appointment, which requires an official member on its day, does not pass beside that
/// member's leaving.
/// </summary>
public sealed class MemberService(AssociationsDbContext db, AssociationService associations, AssociationAccessService access, RegistryReferences registry, IClock clock)
{
    private IQueryable<Member> Members => db.Members.Include(m => m.Dues);

    public async Task<Member> AdmitAsync(MemberInput input, CancellationToken cancellationToken)
    {
        var association = await associations.FindWritableAsync(input.AssociationId, "associationId", cancellationToken);
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
        db.SerialiseOn(association);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<Member> RecordDuesAsync(Guid id, MemberDuesInput input, CancellationToken cancellationToken)
    {
        var (member, _) = await WritableAsync(id, cancellationToken);
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
        var (member, association) = await WritableAsync(id, cancellationToken);
        MemberRules.Leave(member, leftOn, clock.Today);
        db.SerialiseOn(association);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>An association's members by joining date, then id, for those who read its members only.</summary>
    public async Task<IQueryable<Member>> OfAssociationAsync(Guid associationId, CancellationToken cancellationToken)
    {
        await access.RequireMemberReaderAsync(await associations.FindAsync(associationId, null, cancellationToken), cancellationToken);
        return Members.AsNoTracking().Where(m => m.AssociationId == associationId).OrderBy(m => m.JoinedOn).ThenBy(m => m.Id);
    }

    /// <summary>The member with its dues, and its association, read before the member (<see cref="Versions.SerialiseOn{T}"/>).</summary>
    private async Task<(Member Member, Association Association)> WritableAsync(Guid id, CancellationToken cancellationToken)
    {
        var associationId = await db.Members.Where(m => m.Id == id).Select(m => (Guid?)m.AssociationId).SingleOrDefaultAsync(cancellationToken) ?? throw NotFound();
        var association = await associations.FindWritableAsync(associationId, null, cancellationToken);
        return (await Members.SingleAsync(m => m.Id == id, cancellationToken), association);
    }

    private static DomainException NotFound() => DomainException.NotFound("Không tìm thấy hội viên.");
}
