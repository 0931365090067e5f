using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Terms;

/// <summary>Opens an association's terms and records their leadership, for the association's editors only.</summary>
public sealed class TermService(AssociationsDbContext db, AssociationService associations, AssociationAccessService access, RegistryReferences registry)
{
    public async Task<Term> OpenAsync(TermInput input, CancellationToken cancellationToken)
    {
        var association = await associations.FindAsync(input.AssociationId, "associationId", cancellationToken);
        await access.RequireWriterAsync(association, cancellationToken);
        var existing = await db.Terms.Where(t => t.AssociationId == association.Id).ToListAsync(cancellationToken);
        var term = TermRules.New(input, association, existing);
        db.Terms.Add(term);
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
}
