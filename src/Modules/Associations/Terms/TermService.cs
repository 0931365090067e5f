using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Terms;

/// <summary>Opens an association's terms and records their leadership and its changes, for the association's editors only.</summary>
public sealed class TermService(AssociationsDbContext db, AssociationService associations, AssociationAccessService access, RegistryReferences registry, IClock clock)
{
    public async Task<Term> OpenAsync(TermInput input, CancellationToken cancellationToken)
    {
        var association = await associations.FindAsync(input.AssociationId, "associationId", cancellationToken);
        await access.RequireWriterAsync(association, cancellationToken);
        var existing = await db.Terms.Where(t => t.AssociationId == association.Id).ToListAsync(cancellationToken);
        var term = TermRules.New(input, association, existing);
        db.Terms.Add(term);
        db.SerialiseOn(association);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    public async Task<Term> AppointAsync(Guid termId, LeaderInput input, CancellationToken cancellationToken)
    {
        var term = await db.Terms.Include(t => t.Leaders).SingleOrDefaultAsync(t => t.Id == termId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy nhiệm kỳ.");
        await access.RequireWriterAsync(await associations.FindAsync(term.AssociationId, null, cancellationToken), cancellationToken);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        var memberships = await db.Members.AsNoTracking().Where(m => m.AssociationId == term.AssociationId && m.PersonId == input.PersonId).ToListAsync(cancellationToken);
        db.TermLeaders.Add(TermRules.Appoint(term, input, memberships));
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    public async Task<Term> LeaveAsync(Guid seatId, LeaderLeaveInput input, CancellationToken cancellationToken)
    {
        var termId = await db.TermLeaders.Where(l => l.Id == seatId).Select(l => (Guid?)l.TermId).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy chức danh này trong ban lãnh đạo.");
        var term = await db.Terms.Include(t => t.Leaders).SingleAsync(t => t.Id == termId, cancellationToken);
        await access.RequireWriterAsync(await associations.FindAsync(term.AssociationId, null, cancellationToken), cancellationToken);
        TermRules.Leave(term, term.Leaders.Single(l => l.Id == seatId), input, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }
}
