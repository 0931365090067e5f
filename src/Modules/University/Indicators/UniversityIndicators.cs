using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Branch;
using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Enrolments;
using TriThuc.Modules.University.Lecturers;
using static TriThuc.Modules.University.Indicators.UniversityIndicatorDefinitions;
using static TriThuc.SharedKernel.Indicators.DimensionValues;

namespace TriThuc.Modules.University.Indicators;

/// <summary>The module's indicators: each a definition leaders read, and the subjects it counts on a day.</summary>
public sealed class UniversityIndicators(UniversityDbContext db, IUnitDirectory units, IPersonDirectory people) : IIndicatorSource
{
    public IReadOnlyList<IndicatorDefinition> Indicators => All;

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var all = await units.GetAllAsync(cancellationToken);
        var subjects = code switch
        {
            CadresPassed => await CadresPassedAsync(period, all, cancellationToken),
            LecturersWithOutput => await LecturersWithOutputAsync(period.AsOf, all, cancellationToken),
            ActiveAgreements => await ActiveAgreementsAsync(period.AsOf, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the University module."),
        };
        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken), ValueNames(all.Where(u => u.Kind == UnitKind.Department)));
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var unitNames = (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var passes = await (from e in db.Enrolments.AsNoTracking()
                            join c in db.Courses.AsNoTracking() on e.CourseId equals c.Id
                            where ids.Contains(e.Id)
                            select new { e.Id, e.PersonId, c.Title }).ToListAsync(cancellationToken);
        var agreements = await db.CooperationAgreements.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Country, a.ResponsibleUnitId }).ToListAsync(cancellationToken);
        var persons = await people.GetSummariesAsync(passes.Select(p => p.PersonId).Concat(ids).Distinct().ToList(), cancellationToken);

        return passes.Select(p => new IndicatorSubjectDetail(p.Id, $"{persons.GetValueOrDefault(p.PersonId)?.FullName} — {p.Title}", persons.GetValueOrDefault(p.PersonId)?.UnitName ?? ""))
            .Concat(agreements.Select(a => new IndicatorSubjectDetail(a.Id, $"{a.Title} ({a.Country})", unitNames.GetValueOrDefault(a.ResponsibleUnitId))))
            .Concat(persons.Values.Where(p => ids.Contains(p.Id)).Select(p => new IndicatorSubjectDetail(p.Id, p.FullName, p.UnitName)))
            .DistinctBy(d => d.Id)
            .ToDictionary(d => d.Id);
    }

    private async Task<List<IndicatorSubject>> CadresPassedAsync(IndicatorPeriod period, IReadOnlyList<UnitSummary> all, CancellationToken cancellationToken)
    {
        var (start, day) = (period.YearStart, period.AsOf);
        var passes = await (from e in db.Enrolments.AsNoTracking()
                            join c in db.Courses.AsNoTracking() on e.CourseId equals c.Id
                            where e.Result == EnrolmentResult.Passed && e.ResultOn >= start && e.ResultOn <= day
                            select new { e.Id, e.PersonId, c.Kind }).ToListAsync(cancellationToken);
        var persons = await people.GetSummariesAsync(passes.Select(p => p.PersonId).Distinct().ToList(), cancellationToken);
        var byId = all.ToDictionary(u => u.Id);
        return passes.Select(p => persons.GetValueOrDefault(p.PersonId)?.UnitId is { } unit
                ? new IndicatorSubject(p.Id, unit, true, 1m, [Key(p.Kind), DepartmentOf(byId, unit)])
                : new IndicatorSubject(p.Id, null, true, 1m, [Key(p.Kind), null]))
            .ToList();
    }

    private static string DepartmentOf(Dictionary<Guid, UnitSummary> byId, Guid unitId) =>
        byId.AncestryOf(unitId).FirstOrDefault(u => u.Kind == UnitKind.Department)?.Code ?? OutsideDepartments;

    private async Task<List<IndicatorSubject>> LecturersWithOutputAsync(DateOnly day, IReadOnlyList<UnitSummary> all, CancellationToken cancellationToken)
    {
        var year = LecturerWorkloadRules.AcademicYearOf(day);
        var recorded = await db.LecturerWorkloads.AsNoTracking().Where(w => w.AcademicYear == year && !w.IsProbationary)
            .Select(w => w.PersonId).ToListAsync(cancellationToken);
        if (recorded.Count == 0)
        {
            return [];
        }

        var branches = all.Where(u => u.Kind is UnitKind.UniversityBranch or UnitKind.University).Select(u => u.Id).ToList();
        var byId = all.ToDictionary(u => u.Id);
        var inPost = (await people.FindAsync(new PeopleQuery(day, branches), cancellationToken))
            .Where(p => BranchUnits.Contains(byId, p.UnitId)).ToDictionary(p => p.Id, p => p.UnitId);
        var lecturers = recorded.Where(inPost.ContainsKey).ToList();
        var outputs = await QualifyingOutputCounts.LoadAsync(db, lecturers.Select(p => (p, LecturerWorkloadRules.OutputYearOf(year))).ToList(), cancellationToken);
        return lecturers.Select(p => new IndicatorSubject(p, inPost[p], outputs.GetValueOrDefault((p, LecturerWorkloadRules.OutputYearOf(year))) > 0, 1m, Array.Empty<string?>()))
            .ToList();
    }

    private async Task<List<IndicatorSubject>> ActiveAgreementsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var since = day.AddYears(-1);
        return (await db.CooperationAgreements.AsNoTracking()
                .Where(a => a.ValidFrom <= day && (a.ValidTo == null || a.ValidTo >= day)
                    && db.CooperationActivities.Any(x => x.AgreementId == a.Id && x.StartDate <= day && x.EndDate > since))
                .Select(a => new { a.Id, a.ResponsibleUnitId, a.Origin }).ToListAsync(cancellationToken))
            .Select(a => new IndicatorSubject(a.Id, a.ResponsibleUnitId, true, 1m, [Key(a.Origin)]))
            .ToList();
    }
}
