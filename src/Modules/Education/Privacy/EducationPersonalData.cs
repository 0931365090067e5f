using TriThuc.Modules.Education.Data;

namespace TriThuc.Modules.Education.Privacy;

/// <summary>The module's part of a person's data export (the right of access): every record it keeps about them.</summary>
public sealed class EducationPersonalData(EducationDbContext db) : IPersonalDataContributor
{
    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(personId, out var id))
        {
            return null;
        }

        var teachingAssignments = await db.TeachingAssignments.AsNoTracking()
            .Where(t => t.PersonId == id)
            .OrderBy(t => t.StartedOn)
            .Select(t => new { t.Id, t.Title, t.UnitId, t.StartedOn, t.EndedOn })
            .ToListAsync(cancellationToken);
        var standardAssessments = await db.StandardAssessments.AsNoTracking()
            .Where(a => a.PersonId == id)
            .OrderBy(a => a.SchoolYear)
            .Select(a => new { a.Id, a.UnitId, a.SchoolYear, a.SelfRatings, a.SelfLevel, a.FinalRatings, a.FinalLevel, a.FinalisedOn })
            .ToListAsync(cancellationToken);
        var inServiceTrainings = await db.InServiceTrainings.AsNoTracking()
            .Where(t => t.PersonId == id)
            .OrderBy(t => t.StartedOn)
            .Select(t => new { t.Id, t.Title, t.Provider, t.Hours, t.StartedOn, t.CompletedOn, t.Certificate })
            .ToListAsync(cancellationToken);
        var asPupil = await db.Pupils.AsNoTracking()
            .Where(p => p.LinkedPersonId == id)
            .Select(p => new
            {
                p.Id, p.FullName, p.SchoolUnitId, p.BirthYear, p.Gender, p.EthnicGroupCode, p.LegalBasis, p.FollowUpConsentOn,
                Entries = db.Entries.Where(e => e.PupilId == p.Id).Select(e => new { e.ContestId, e.Subject, e.Score, e.Prize }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return teachingAssignments.Count == 0 && standardAssessments.Count == 0 && inServiceTrainings.Count == 0 && asPupil.Count == 0
            ? null
            : new { teachingAssignments, standardAssessments, inServiceTrainings, asPupil };
    }
}
