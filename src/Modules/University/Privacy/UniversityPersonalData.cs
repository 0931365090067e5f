using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Privacy;

/// <summary>The module's part of a person's data export (the right of access): every enrolment, lecturer's year and cooperation activity it keeps about them.</summary>
public sealed class UniversityPersonalData(UniversityDbContext db) : IPersonalDataContributor
{
    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(personId, out var id))
        {
            return null;
        }

        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.PersonId == id)
            .Join(db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e.Id, Course = c.Title, c.Kind, c.StartDate, c.EndDate, e.EnrolledOn, e.AttendedHours, e.Result, e.Certificate })
            .OrderBy(e => e.StartDate)
            .ToListAsync(cancellationToken);
        var workloads = await db.LecturerWorkloads.AsNoTracking().Where(w => w.PersonId == id).OrderBy(w => w.AcademicYear)
            .Select(w => new { w.AcademicYear, w.WorkingHours, w.TeachingNorm, w.TeachingHours, w.ResearchHours, w.IsProbationary })
            .ToListAsync(cancellationToken);
        var cooperation = await db.CooperationActivities.AsNoTracking()
            .Where(a => a.Participants.Any(p => p.PersonId == id))
            .Join(db.CooperationAgreements, a => a.AgreementId, g => g.Id, (a, g) => new { Activity = a.Title, a.Kind, a.StartDate, a.EndDate, Partner = g.Title })
            .OrderBy(a => a.StartDate)
            .ToListAsync(cancellationToken);
        return enrolments.Count == 0 && workloads.Count == 0 && cooperation.Count == 0
            ? null
            : new { enrolments, lecturerWorkloads = workloads, cooperationActivities = cooperation };
    }
}
