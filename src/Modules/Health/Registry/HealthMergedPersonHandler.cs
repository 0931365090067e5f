using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Health.Licences;
using TriThuc.Modules.Health.Postings;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Registry;

/// <summary>
/// Two Registry records were one person: licences, education and postings of the merged record now name the kept
/// one. A licence in force for a title the kept person already holds in force stays with the merged record (the
/// Registry still answers for it), so that the database's one-licence-per-title rule is never broken by a merge.
/// </summary>
public sealed class HealthMergedPersonHandler(HealthDbContext db) : IntegrationEventHandler<IntellectualsMerged, HealthDbContext>
{
    public override async Task HandleAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var references = new MergedPersonReferences(db, merged);
        await references.RepointAsync<PractisingLicence, Guid>(l => l.HolderId, l => (object?)l.InForceTitle ?? l.Id, dropClashes: false, cancellationToken);
        await references.RepointAsync<CmeActivity>(a => a.PersonId, cancellationToken);
        await references.RepointAsync<Posting>(p => p.PersonId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
