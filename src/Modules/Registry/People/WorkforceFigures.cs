using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.Indicators;
using TriThuc.Modules.Registry.Reference;

namespace TriThuc.Modules.Registry.People;

/// <summary>The Registry's head counts by unit and field for other modules: two queries (the register, the degrees) whatever the number of units.</summary>
public sealed class WorkforceFigures(RegistryDbContext db) : IWorkforceFigures
{
    public async Task<IReadOnlyList<WorkforceCount>> CountAsync(WorkforceQuery query, CancellationToken cancellationToken)
    {
        var day = query.On;
        var people = await OnRegister(day)
            .Select(p => new PersonFacts(p.Id, p.UnitId, p.FieldCode, p.Gender, p.EthnicGroupCode, p.DateOfBirth,
                p.IsPublicSector, p.IsRemotePosting, p.AcademicTitle, p.AcademicTitleYear))
            .ToListAsync(cancellationToken);
        var highest = new Dictionary<Guid, DegreeLevel>();
        await foreach (var q in db.Qualifications.AsNoTracking().Where(q => q.Year <= day.Year)
            .Select(q => new { q.IntellectualId, q.Degree }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (DegreeLadder.Of(q.Degree) is { } level && (!highest.TryGetValue(q.IntellectualId, out var held) || level > held))
            {
                highest[q.IntellectualId] = level;
            }
        }

        return people.GroupBy(p => (p.UnitId, p.FieldCode))
            .Select(g => new WorkforceCount(
                g.Key.UnitId, g.Key.FieldCode, g.Count(),
                g.Count(p => highest.GetValueOrDefault(p.Id) == DegreeLevel.University),
                g.Count(p => highest.GetValueOrDefault(p.Id) == DegreeLevel.Master),
                g.Count(p => highest.GetValueOrDefault(p.Id) == DegreeLevel.Doctor),
                g.Count(p => p.HasAcademicTitleIn(day.Year) && p.AcademicTitle == AcademicTitle.AssociateProfessor),
                g.Count(p => p.HasAcademicTitleIn(day.Year) && p.AcademicTitle == AcademicTitle.Professor),
                g.Count(p => p.AgeOn(day) < query.YoungUnderAge),
                g.Count(p => p.Gender == Gender.Female),
                g.Count(p => p.EthnicGroupCode != ReferenceData.KinhCode)))
            .OrderBy(c => c.UnitId).ThenBy(c => c.FieldCode)
            .ToList();
    }

    public async Task<IReadOnlySet<Guid>> InPublicSectorAsync(IReadOnlyCollection<Guid> ids, DateOnly day, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return (await OnRegister(day).Where(p => p.IsPublicSector && wanted.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    private IQueryable<Intellectual> OnRegister(DateOnly day) =>
        db.Intellectuals.AsNoTracking().Where(p => p.MergedIntoId == null && (p.Status == EmploymentStatus.Working || p.StatusSince > day));
}
