using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.People;

/// <summary>The Registry's part of a person's data export: the record itself and every career record.</summary>
public sealed class RegistryPersonalData(RegistryDbContext db) : IPersonalDataContributor
{
    public async Task<bool> HoldsAsync(string personId, CancellationToken cancellationToken) =>
        Guid.TryParse(personId, out var id) && await db.Intellectuals.AnyAsync(p => p.Id == id, cancellationToken);

    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(personId, out var id) || await db.Intellectuals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } person)
        {
            return null;
        }

        return new
        {
            person = new
            {
                person.Id, person.FullName, Gender = person.Gender.ToString(), person.DateOfBirth, person.EthnicGroupCode, person.NationalId,
                person.StaffCode, person.Phone, person.Email, person.UnitId, person.JobTitle, person.FieldCode, person.IsPublicSector,
                person.IsRemotePosting, AcademicTitle = person.AcademicTitle?.ToString(), person.AcademicTitleYear,
                PoliticalTheoryLevel = person.PoliticalTheoryLevel?.ToString(), Status = person.Status.ToString(), person.StatusSince, person.MergedIntoId,
            },
            qualifications = await db.Qualifications.AsNoTracking().Where(q => q.IntellectualId == id).ToListAsync(cancellationToken),
            languages = await db.LanguageSkills.AsNoTracking().Where(l => l.IntellectualId == id).ToListAsync(cancellationToken),
            positions = await db.LeadershipPositions.AsNoTracking().Where(p => p.IntellectualId == id).ToListAsync(cancellationToken),
            trainings = await db.Trainings.AsNoTracking().Where(t => t.IntellectualId == id).ToListAsync(cancellationToken),
            honours = await db.Honours.AsNoTracking().Where(h => h.IntellectualId == id).ToListAsync(cancellationToken),
        };
    }
}
