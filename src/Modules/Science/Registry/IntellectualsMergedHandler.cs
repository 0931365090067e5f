using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Data;
using TriThuc.SharedKernel.Events;

namespace TriThuc.Modules.Science.Registry;

/// <summary>
/// Two Registry records were one person: every Science reference to the merged record now points to the
/// kept one. Where the kept person already held the same place (member of the project, holder of the
/// initiative), the merged person's duplicate row is dropped rather than doubled.
/// </summary>
public sealed class IntellectualsMergedHandler(ScienceDbContext db) : IntegrationEventHandler<IntellectualsMerged, ScienceDbContext>
{
    public override async Task HandleAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var (kept, gone) = (merged.KeptId, merged.MergedId);

        foreach (var project in await db.Projects.Include(p => p.Members).Where(p => p.LeadId == gone).ToListAsync(cancellationToken))
        {
            project.LeadId = kept;
            db.ProjectMembers.RemoveRange(project.Members.Where(m => m.IntellectualId == kept));
        }

        foreach (var member in await db.ProjectMembers.Where(m => m.IntellectualId == gone).ToListAsync(cancellationToken))
        {
            var alreadyThere = await db.ProjectMembers.AnyAsync(m => m.ProjectId == member.ProjectId && m.IntellectualId == kept, cancellationToken)
                || await db.Projects.AnyAsync(p => p.Id == member.ProjectId && p.LeadId == kept, cancellationToken);
            if (alreadyThere)
            {
                db.ProjectMembers.Remove(member);
            }
            else
            {
                member.IntellectualId = kept;
            }
        }

        foreach (var seat in await db.CouncilMembers.Where(m => m.IntellectualId == gone).ToListAsync(cancellationToken))
        {
            // Both records seated on one council: both seats and scores stay as recorded (the Registry still
            // answers for the merged id), so that a council's verdict never changes behind its back.
            if (!await db.CouncilMembers.AnyAsync(m => m.CouncilId == seat.CouncilId && m.IntellectualId == kept, cancellationToken))
            {
                seat.IntellectualId = kept;
            }
        }

        foreach (var holder in await db.InitiativeHolders.Where(h => h.IntellectualId == gone).ToListAsync(cancellationToken))
        {
            if (await db.InitiativeHolders.AnyAsync(h => h.InitiativeId == holder.InitiativeId && h.IntellectualId == kept, cancellationToken))
            {
                db.InitiativeHolders.Remove(holder);
            }
            else
            {
                holder.IntellectualId = kept;
            }
        }

        foreach (var application in await db.FundApplications.Where(a => a.ApplicantIntellectualId == gone).ToListAsync(cancellationToken))
        {
            application.ApplicantIntellectualId = kept;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
