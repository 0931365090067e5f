using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Terms;

/// <summary>
/// Opens an association's terms and records their leadership and its changes, for the association's editors only; each
/// write is serialised on the association (<see cref="Versions.SerialiseOn{T}"/>), so two appointments sent at once
/// cannot both pass "one president at a time", nor two clerks both record the same seat's leaving.
/// </summary>
public sealed class TermService(AssociationsDbContext db, AssociationService associations, RegistryReferences registry, IClock clock)
{
    public async Task<Term> OpenAsync(TermInput input, CancellationToken cancellationToken)
    {
        var association = await associations.FindWritableAsync(input.AssociationId, "associationId", cancellationToken);
        var existing = await db.Terms.Where(t => t.AssociationId == association.Id).ToListAsync(cancellationToken);
        var term = TermRules.New(input, association, existing);
        db.Terms.Add(term);
        db.SerialiseOn(association);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    public async Task<Term> AppointAsync(Guid termId, LeaderInput input, CancellationToken cancellationToken)
    {
        var associationId = await db.Terms.Where(t => t.Id == termId).Select(t => (Guid?)t.AssociationId).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy nhiệm kỳ.");
        var association = await associations.FindWritableAsync(associationId, null, cancellationToken);
        var term = await db.Terms.Include(t => t.Leaders).SingleAsync(t => t.Id == termId, cancellationToken);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        var memberships = await db.Members.AsNoTracking().Where(m => m.AssociationId == term.AssociationId && m.PersonId == input.PersonId).ToListAsync(cancellationToken);
        db.TermLeaders.Add(TermRules.Appoint(term, input, memberships));
        db.SerialiseOn(association);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    public async Task<Term> LeaveAsync(Guid seatId, LeaderLeaveInput input, CancellationToken cancellationToken)
    {
        var seatTerm = await db.TermLeaders.Where(l => l.Id == seatId).Join(db.Terms, l => l.TermId, t => t.Id, (_, t) => new { t.Id, t.AssociationId })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy chức danh này trong ban lãnh đạo.");
        var association = await associations.FindWritableAsync(seatTerm.AssociationId, null, cancellationToken);
        var term = await db.Terms.Include(t => t.Leaders).SingleAsync(t => t.Id == seatTerm.Id, cancellationToken);
        TermRules.Leave(term, term.Leaders.Single(l => l.Id == seatId), input, clock.Today);
        db.SerialiseOn(association);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }
}
