using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Cooperation;
using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Enrolments;
using TriThuc.Modules.University.Lecturers;
using TriThuc.Modules.University.Research;

namespace TriThuc.Modules.University.Registry;

/// <summary>
/// Two Registry records were one person: enrolments, authorships, lecturers' years and activity participations of the
/// merged record now name the kept one. An enrolment on a course, or a year, the kept person already has stays with the
/// merged record (the Registry still answers for it), so that no result or year is lost or doubled; on an output both
/// records wrote, the merged record's place in the byline is dropped and the kept one inherits its corresponding flag.
/// </summary>
public sealed class UniversityMergedPersonHandler(UniversityDbContext db) : IntegrationEventHandler<IntellectualsMerged, UniversityDbContext>
{
    public override async Task HandleAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var references = new MergedPersonReferences(db, merged);
        await references.RepointAsync<Enrolment, Guid>(e => e.PersonId, e => e.CourseId, dropClashes: false, cancellationToken);
        await references.RepointAsync<LecturerWorkload, Guid>(w => w.PersonId, w => w.AcademicYear, dropClashes: false, cancellationToken);
        await references.RepointAsync<CooperationParticipant, Guid>(p => p.PersonId, p => p.ActivityId, dropClashes: true, cancellationToken);
        await KeepCorrespondingFlagAsync(merged, cancellationToken);
        await references.RepointAsync<ResearchOutputAuthor, Guid?>(a => a.PersonId, a => a.OutputId, dropClashes: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Where both records wrote one output and the merged one was its corresponding author, the kept one becomes it.</summary>
    private async Task KeepCorrespondingFlagAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var outputs = await db.ResearchOutputAuthors.Where(a => a.PersonId == merged.MergedId && a.IsCorresponding).Select(a => a.OutputId).ToListAsync(cancellationToken);
        foreach (var kept in await db.ResearchOutputAuthors.Where(a => a.PersonId == merged.KeptId && outputs.Contains(a.OutputId)).ToListAsync(cancellationToken))
        {
            kept.IsCorresponding = true;
        }
    }
}
