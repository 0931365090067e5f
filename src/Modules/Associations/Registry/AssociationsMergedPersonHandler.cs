using TriThuc.Modules.Associations.Consultations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Associations.Drafts;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Associations.Terms;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Registry;

/// <summary>
/// Two Registry records were one person: memberships, leadership seats, panel seats, conflicts, expert opinions and
/// draft comments of the merged record now name the kept one. Where the kept person already holds the place (a seat
/// of the same term, the same panel, a conflict with the same request) the merged person's row is dropped rather than
/// doubled, so that the unique indexes hold and one person holds one seat at a time in a term; two memberships of one association are both kept (their dates and dues
/// differ and a clerk may still end one).
/// </summary>
public sealed class AssociationsMergedPersonHandler(AssociationsDbContext db) : IntegrationEventHandler<IntellectualsMerged, AssociationsDbContext>
{
    public override async Task HandleAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var references = new MergedPersonReferences(db, merged);
        await references.RepointAsync<Member>(m => m.PersonId, cancellationToken);
        await references.RepointAsync<TermLeader, Guid>(l => l.PersonId, l => l.TermId, dropClashes: true, cancellationToken);
        await references.RepointAsync<PanelSeat, Guid>(s => s.PersonId, s => s.RequestId, dropClashes: true, cancellationToken);
        await references.RepointAsync<ConsultationConflict, Guid>(c => c.PersonId, c => c.RequestId, dropClashes: true, cancellationToken);
        await references.RepointAsync<ExpertOpinion>(o => o.PersonId, cancellationToken);
        await references.RepointAsync<DraftComment>(c => c.PersonId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
