using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Cases;
using TriThuc.Modules.Talent.Data;
using TriThuc.Modules.Talent.Experts;
using TriThuc.Modules.Talent.Honours;
using TriThuc.Modules.Talent.Remote;

namespace TriThuc.Modules.Talent.Registry;

/// <summary>
/// Two Registry records were one person: cases, remote posts and payments, nominations, council seats and removals,
/// honoured achievements and the experts linked to the merged record now name the kept one. Where the kept person
/// already holds the place a unique index guards — a nomination or a seat in the same round, a remote payment of the
/// same kind and month — the merged person's row is left as it was for a clerk to settle (each is a decision on file,
/// not a copy); an achievement the kept person already has honoured is dropped, since it says nothing more.
/// </summary>
public sealed class TalentMergedPersonHandler(TalentDbContext db) : IntegrationEventHandler<IntellectualsMerged, TalentDbContext>
{
    public override async Task HandleAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var references = new MergedPersonReferences(db, merged);
        await references.RepointAsync<AttractionCase>(c => c.PersonId, cancellationToken);
        await references.RepointAsync<RemotePosting>(p => p.PersonId, cancellationToken);
        await references.RepointAsync<RemotePayment, Guid>(p => p.PersonId, p => (p.Kind, p.Month), dropClashes: false, cancellationToken);
        await references.RepointAsync<HonourNomination, Guid>(n => n.IntellectualId, n => n.RoundId, dropClashes: false, cancellationToken);
        await references.RepointAsync<HonourCouncilSeat, Guid>(s => s.IntellectualId, s => s.RoundId, dropClashes: false, cancellationToken);
        await references.RepointAsync<HonourSeatRemoval>(r => r.IntellectualId, cancellationToken);
        await references.RepointAsync<HonouredAchievement, Guid>(h => h.IntellectualId, h => h.Key, dropClashes: true, cancellationToken);
        await references.RepointAsync<Expert>(e => e.IntellectualId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
