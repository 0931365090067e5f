using TriThuc.Modules.Education.Assessments;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;
using static TriThuc.Modules.Education.Indicators.EducationIndicatorDefinitions;
using static TriThuc.SharedKernel.Indicators.DimensionValues;

namespace TriThuc.Modules.Education.Indicators;

/// <summary>The module's indicators: each a definition leaders read, and the subjects it counts on a day.</summary>
public sealed class EducationIndicators(EducationDbContext db, IUnitDirectory units, IPersonDirectory people) : IIndicatorSource
{
    public IReadOnlyList<IndicatorDefinition> Indicators => All;

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var day = period.AsOf;
        var subjects = code switch
        {
            TeachersAtKhaOrBetter => await TeachersAtKhaOrBetterAsync(day, cancellationToken),
            NationalPrizes => await NationalPrizesAsync(day, cancellationToken),
            TalentReturned => await TalentReturnedAsync(day, cancellationToken),
            ActiveTeachingAssignments => await db.TeachingAssignments.AsNoTracking()
                .Where(t => t.StartedOn <= day && (t.EndedOn == null || t.EndedOn >= day))
                .Select(t => new IndicatorSubject(t.Id, t.UnitId, true, 1m, Array.Empty<string?>()))
                .ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the Education module."),
        };
        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken), ValueNames);
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var unitNames = (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var assignments = await db.TeachingAssignments.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        var persons = await people.GetSummariesAsync(assignments.Select(t => t.PersonId).Concat(ids).Distinct().ToList(), cancellationToken);
        var entries = await (from e in db.Entries.AsNoTracking()
                             join c in db.Contests.AsNoTracking() on e.ContestId equals c.Id
                             join p in db.Pupils.AsNoTracking() on e.PupilId equals p.Id
                             where ids.Contains(e.Id) || ids.Contains(p.Id)
                             select new { e.Id, PupilId = p.Id, c.Title, e.Subject, p.SchoolUnitId }).ToListAsync(cancellationToken);

        // A pupil is a child: described by the contest and subject, never by name.
        return assignments.Select(t => new IndicatorSubjectDetail(t.Id, t.Title, persons.GetValueOrDefault(t.PersonId)?.UnitName ?? ""))
            .Concat(persons.Values.Where(p => ids.Contains(p.Id)).Select(p => new IndicatorSubjectDetail(p.Id, p.FullName, p.UnitName)))
            .Concat(entries.SelectMany(e => new[] { e.Id, e.PupilId }.Where(ids.Contains)
                .Select(id => new IndicatorSubjectDetail(id, $"{e.Title} — {e.Subject}", unitNames.GetValueOrDefault(e.SchoolUnitId)))))
            .DistinctBy(d => d.Id)
            .ToDictionary(d => d.Id);
    }

    private async Task<List<IndicatorSubject>> TeachersAtKhaOrBetterAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var year = SchoolYearOf(day);
        var assigned = await (from t in db.TeachingAssignments.AsNoTracking()
                              join s in db.Schools.AsNoTracking() on t.UnitId equals s.UnitId
                              where t.StartedOn <= day && (t.EndedOn == null || t.EndedOn >= day)
                              orderby t.StartedOn, t.Id
                              select new { t.PersonId, s.UnitId, s.Level, s.LocationId }).ToListAsync(cancellationToken);
        var teachers = assigned.DistinctBy(a => a.PersonId).ToList();
        var ids = teachers.Select(t => t.PersonId).ToList();
        var latest = (await db.StandardAssessments.AsNoTracking()
                .Where(a => ids.Contains(a.PersonId) && a.FinalLevel != null && a.FinalisedOn <= day && (a.SchoolYear == year || a.SchoolYear == year - 1))
                .Select(a => new { a.PersonId, a.SchoolYear, a.FinalLevel })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.PersonId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.SchoolYear)!.FinalLevel!.Value);
        var places = teachers.Select(t => t.LocationId).OfType<Guid>().Distinct().ToList();
        var classes = places.Count == 0 ? new Dictionary<Guid, AreaClassificationSummary>() : await units.ClassificationsOnAsync(places, day, cancellationToken);

        return teachers.Where(t => latest.ContainsKey(t.PersonId))
            .Select(t => new IndicatorSubject(t.PersonId, t.UnitId, latest[t.PersonId] >= OverallLevel.Good, 1m,
            [
                Key(t.Level),
                t.LocationId is { } place && classes.TryGetValue(place, out var area) && area.Zone is { } zone ? Key(zone) : Unclassified,
            ]))
            .ToList();
    }

    private async Task<List<IndicatorSubject>> NationalPrizesAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var start = new DateOnly(SchoolYearOf(day), 8, 1);
        var prizes = await (from e in db.Entries.AsNoTracking()
                            join c in db.Contests.AsNoTracking() on e.ContestId equals c.Id
                            join p in db.Pupils.AsNoTracking() on e.PupilId equals p.Id
                            where c.Level == Gifted.ContestLevel.National && e.TeamId != null && e.Prize != null && c.HeldOn >= start && c.HeldOn <= day
                            select new { e.Id, p.SchoolUnitId, e.Prize, e.Subject }).ToListAsync(cancellationToken);
        return prizes.Select(e => new IndicatorSubject(e.Id, e.SchoolUnitId, true, 1m, [Key(e.Prize!.Value), e.Subject])).ToList();
    }

    private async Task<List<IndicatorSubject>> TalentReturnedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var before = day.AddYears(-YearsBeforeReturn);
        var winners = await (from p in db.Pupils.AsNoTracking()
                             where p.FollowUpConsentOn != null && p.FollowUpConsentOn <= day
                                 && db.Entries.Any(e => e.PupilId == p.Id && e.Prize != null && db.Contests.Any(c => c.Id == e.ContestId && c.HeldOn <= before))
                             select new { p.Id, p.SchoolUnitId, p.LinkedPersonId }).ToListAsync(cancellationToken);
        var linked = winners.Select(w => w.LinkedPersonId).OfType<Guid>().Distinct().ToList();
        var working = linked.Count == 0
            ? new HashSet<Guid>()
            : (await people.FindAsync(new PeopleQuery(day), cancellationToken)).Select(p => p.Id).Where(linked.Contains).ToHashSet();
        return winners.Select(w => new IndicatorSubject(w.Id, w.SchoolUnitId, w.LinkedPersonId is { } person && working.Contains(person), 1m, Array.Empty<string?>())).ToList();
    }
}
