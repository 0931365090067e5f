using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Health.Facilities;
using TriThuc.Modules.Health.Licences;
using TriThuc.Modules.Registry.Contracts;
using static TriThuc.Modules.Health.Indicators.HealthIndicatorDefinitions;

namespace TriThuc.Modules.Health.Indicators;

/// <summary>H1–H3: who is in each indicator's population on a day, and who of them in its numerator.</summary>
public sealed class HealthIndicators(HealthDbContext db, IUnitDirectory units, IPersonDirectory people) : IIndicatorSource
{
    public IReadOnlyList<IndicatorDefinition> Indicators => All;

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var day = period.AsOf;
        var subjects = code switch
        {
            LicensedClinicians => await LicensedCliniciansAsync(day, cancellationToken),
            RenewalReady => await RenewalReadyAsync(day, cancellationToken),
            StationsWithDoctor => await StationsWithDoctorAsync(day, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the Health module."),
        };
        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken), ValueNames);
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var unitNames = (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var facilities = await db.Facilities.AsNoTracking().Where(f => wanted.Contains(f.Id)).ToListAsync(cancellationToken);
        var persons = await people.GetSummariesAsync(wanted.Except(facilities.Select(f => f.Id)).ToList(), cancellationToken);
        return facilities.Select(f => new IndicatorSubjectDetail(f.Id, unitNames.GetValueOrDefault(f.UnitId, ""), unitNames.GetValueOrDefault(f.UnitId)))
            .Concat(persons.Values.Select(p => new IndicatorSubjectDetail(p.Id, p.FullName, p.UnitName)))
            .ToDictionary(d => d.Id);
    }

    /// <summary>H1: health people at the units of facility profiles on the day; in the numerator with a valid licence.</summary>
    private async Task<List<IndicatorSubject>> LicensedCliniciansAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var facilityUnits = await db.Facilities.AsNoTracking().Select(f => f.UnitId).ToListAsync(cancellationToken);
        if (facilityUnits.Count == 0)
        {
            return [];
        }

        var clinicians = await people.FindAsync(new PeopleQuery(day, facilityUnits, "health"), cancellationToken);
        var licensed = (await LicencesOfAsync(clinicians.Select(p => p.Id).ToList(), cancellationToken))
            .Where(l => l.StatusOn(day) == LicenceStatus.Valid).Select(l => l.HolderId).ToHashSet();
        return clinicians.Select(p => new IndicatorSubject(p.Id, p.UnitId, licensed.Contains(p.Id), 1m, Array.Empty<string?>())).ToList();
    }

    /// <summary>H2: holders of a licence valid on the day that expires within 12 months; in the numerator with the cycle's 120 hours done.</summary>
    private async Task<List<IndicatorSubject>> RenewalReadyAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var horizon = day.AddMonths(12);
        var expiring = (await db.Licences.AsNoTracking().Include(l => l.Decisions).Include(l => l.Renewals).AsSplitQuery()
                .Where(l => l.IssuedOn <= day && l.ExpiresOn >= day).ToListAsync(cancellationToken))
            .Where(l => l.StatusOn(day) == LicenceStatus.Valid && l.ExpiryOn(day) <= horizon)
            .GroupBy(l => l.HolderId)
            .Select(g => g.MinBy(l => l.ExpiryOn(day))!)
            .ToList();
        var holders = expiring.Select(l => l.HolderId).ToList();
        var activities = (await db.CmeActivities.AsNoTracking().Where(a => holders.Contains(a.PersonId) && a.CompletedOn != null && a.CompletedOn <= day)
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId);
        var persons = await people.GetSummariesAsync(holders, cancellationToken);
        return expiring.Select(l => new IndicatorSubject(l.HolderId, persons.GetValueOrDefault(l.HolderId)?.UnitId,
                CmeRules.HoursBetween(activities[l.HolderId], l.CycleStartOn(day), day) >= CmeRules.HoursPerCycle, 1m, Array.Empty<string?>()))
            .ToList();
    }

    /// <summary>H3: commune health stations open on the day; in the numerator when a doctor with a valid licence works or is posted there that day.</summary>
    private async Task<List<IndicatorSubject>> StationsWithDoctorAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var open = (await units.GetAllAsync(cancellationToken)).Where(u => u.IsOpenOn(day)).Select(u => u.Id).ToHashSet();
        var stations = (await db.Facilities.AsNoTracking().Where(f => f.Level == FacilityLevel.CommuneHealthStation).ToListAsync(cancellationToken))
            .Where(f => open.Contains(f.UnitId)).ToList();
        if (stations.Count == 0)
        {
            return [];
        }

        var stationIds = stations.Select(s => s.Id).ToList();
        var posted = await db.Postings.AsNoTracking()
            .Where(p => stationIds.Contains(p.ToFacilityId) && p.StartsOn <= day && (p.EndedOn ?? p.PlannedEndOn) >= day)
            .Select(p => new { p.ToFacilityId, p.PersonId }).ToListAsync(cancellationToken);
        var stationOfUnit = stations.ToDictionary(s => s.UnitId, s => s.Id);
        var placed = await people.FindAsync(new PeopleQuery(day, stationOfUnit.Keys.ToList()), cancellationToken);
        var staff = posted.Select(p => (Station: p.ToFacilityId, Person: p.PersonId))
            .Concat(placed.Where(p => stationOfUnit.ContainsKey(p.UnitId)).Select(p => (Station: stationOfUnit[p.UnitId], Person: p.Id)))
            .ToList();

        var doctors = (await LicencesOfAsync(staff.Select(s => s.Person).Distinct().ToList(), cancellationToken))
            .Where(l => l.Title == ProfessionalTitle.Doctor && l.StatusOn(day) == LicenceStatus.Valid)
            .Select(l => l.HolderId).ToHashSet();
        var withDoctor = staff.Where(s => doctors.Contains(s.Person)).Select(s => s.Station).ToHashSet();
        var classes = await units.ClassificationsOnAsync(stations.Where(s => s.CommuneId is not null).Select(s => s.CommuneId!.Value).ToList(), day, cancellationToken);
        return stations.Select(s => new IndicatorSubject(s.Id, s.UnitId, withDoctor.Contains(s.Id), 1m,
                [KeyOf(s.CommuneId is { } commune && classes.TryGetValue(commune, out var areaClass) ? areaClass.Zone : null)]))
            .ToList();
    }

    private async Task<List<PractisingLicence>> LicencesOfAsync(List<Guid> holders, CancellationToken cancellationToken) =>
        await db.Licences.AsNoTracking().Include(l => l.Decisions).Include(l => l.Renewals).AsSplitQuery()
            .Where(l => holders.Contains(l.HolderId)).ToListAsync(cancellationToken);
}
