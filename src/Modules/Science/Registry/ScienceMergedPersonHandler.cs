using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.Registry;

/// <summary>
/// Two Registry records were one person: every Science reference to the merged record now points to the kept one.
/// Where the kept person already held the same place (member of the project, holder of the initiative), the merged
/// person's duplicate row is dropped rather than doubled.
/// </summary>
public sealed class ScienceMergedPersonHandler(ScienceDbContext db) : IntegrationEventHandler<IntellectualsMerged, ScienceDbContext>
{
    public override async Task HandleAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var references = new MergedPersonReferences(db, merged);
        await references.RepointAsync<ScienceProject>(p => p.LeadId, cancellationToken);
        await references.RepointAsync<ProjectMember, Guid>(m => m.IntellectualId, m => m.ProjectId, dropClashes: true, cancellationToken);
        // Both records seated on one council: both seats and scores stay as recorded (the Registry still answers for
        // the merged id), so that a council's verdict never changes behind its back.
        await references.RepointAsync<CouncilMember, Guid?>(m => m.IntellectualId, m => m.CouncilId, dropClashes: false, cancellationToken);
        await references.RepointAsync<InitiativeHolder, Guid>(h => h.IntellectualId, h => h.InitiativeId, dropClashes: true, cancellationToken);
        await references.RepointAsync<FundApplication>(a => a.ApplicantIntellectualId, cancellationToken);

        // The kept person may now lead a project they are also a member of: the lead is not listed twice.
        var people = new[] { merged.KeptId, merged.MergedId };
        var led = await db.Projects.Where(p => people.Contains(p.LeadId)).Select(p => p.Id).ToListAsync(cancellationToken);
        var members = await db.ProjectMembers.Where(m => people.Contains(m.IntellectualId) && led.Contains(m.ProjectId)).ToListAsync(cancellationToken);
        db.ProjectMembers.RemoveRange(members.Where(m => m.IntellectualId == merged.KeptId && db.Entry(m).State != EntityState.Deleted));
        await db.SaveChangesAsync(cancellationToken);
    }
}
