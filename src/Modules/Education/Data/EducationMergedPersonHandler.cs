using TriThuc.Modules.Education.Assessments;
using TriThuc.Modules.Education.Gifted;
using TriThuc.Modules.Education.TeachingAssignments;
using TriThuc.Modules.Education.Training;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Data;

/// <summary>
/// Two Registry records were one person: assignments, courses, assessments, coaching places and a former pupil's link
/// now name the kept one. Where the kept person already has that school year's assessment or a place on that team,
/// the merged record's row stays as it was (the Registry still answers for it), so the one-per-year and
/// one-place-per-team rules are never broken by a merge.
/// </summary>
public sealed class EducationMergedPersonHandler(EducationDbContext db) : IntegrationEventHandler<IntellectualsMerged, EducationDbContext>
{
    public override async Task HandleAsync(IntellectualsMerged merged, CancellationToken cancellationToken)
    {
        var references = new MergedPersonReferences(db, merged);
        await references.RepointAsync<TeachingAssignment>(a => a.PersonId, cancellationToken);
        await references.RepointAsync<InServiceTraining>(t => t.PersonId, cancellationToken);
        await references.RepointAsync<StandardAssessment, Guid>(a => a.PersonId, a => a.SchoolYear, dropClashes: false, cancellationToken);
        await references.RepointAsync<TeamCoach, Guid>(c => c.PersonId, c => c.TeamId, dropClashes: false, cancellationToken);
        await references.RepointAsync<Pupil>(p => p.LinkedPersonId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
