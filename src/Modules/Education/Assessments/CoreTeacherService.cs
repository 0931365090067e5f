using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Assessments;

/// <summary>Finds the teachers eligible as core teachers (giáo viên cốt cán) from assessments, assignments and school profiles.</summary>
public sealed class CoreTeacherService(EducationDbContext db, IUnitDirectory units, IClock clock)
{
    public async Task<IReadOnlyList<CoreTeacherCandidate>> FindAsync(int schoolYear, DateOnly? on, Guid? unitId, CancellationToken cancellationToken)
    {
        var day = on ?? clock.Today;
        var assessments = (await db.StandardAssessments.AsNoTracking()
                .Where(a => a.SchoolYear == schoolYear && (a.FinalLevel == OverallLevel.Good || a.FinalLevel == OverallLevel.Excellent))
                .ToListAsync(cancellationToken))
            .Where(a => CoreTeacherRule.AssessmentQualifies(a.FinalLevel!.Value, StandardAssessment.Decode(a.FinalRatings)))
            .ToList();
        var people = assessments.Select(a => a.PersonId).ToList();
        var assignments = await db.TeachingAssignments.AsNoTracking().Where(t => people.Contains(t.PersonId)).ToListAsync(cancellationToken);
        var levels = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.UnitId, s => s.Level, cancellationToken);
        var within = unitId is { } root ? await units.SubtreeAsync(root, cancellationToken) : null;

        var candidates = new List<CoreTeacherCandidate>();
        foreach (var assessment in assessments)
        {
            var own = assignments.Where(t => t.PersonId == assessment.PersonId && levels.ContainsKey(t.UnitId)).ToList();
            var current = own.Where(t => t.IsActiveOn(day) && (within is null || within.Contains(t.UnitId))).Select(t => levels[t.UnitId]).Distinct().Order().ToList();
            foreach (var level in current)
            {
                var days = CoreTeacherRule.DaysTaught(own.Where(t => levels[t.UnitId] == level).Select(t => (t.StartedOn, t.EndedOn)), day);
                if (CoreTeacherRule.HasTaughtLongEnough(days, day))
                {
                    candidates.Add(new CoreTeacherCandidate(assessment.Id, assessment.PersonId, level, Math.Round(days / 365.25m, 1), assessment));
                    break;
                }
            }
        }

        return candidates;
    }
}
