using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Health.Facilities;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Licences;

/// <summary>Issues licences, records the decisions about them, and lists them; what the GraphQL fields call.</summary>
public sealed class LicenceService(HealthDbContext db, RegistryReferences registry, IPersonDirectory people, FacilityService facilities, CmeService cme, IClock clock)
{
    public const int MaxWithinDays = 3650;

    private IQueryable<PractisingLicence> Licences => db.Licences.Include(l => l.Decisions).Include(l => l.Renewals).AsSplitQuery();

    public async Task<PractisingLicence> IssueAsync(LicenceInput input, CancellationToken cancellationToken)
    {
        var licence = LicenceRules.New(input, clock.Today);
        await registry.RequirePeopleAsync([input.HolderId], "holderId", cancellationToken);
        if (await db.Licences.AnyAsync(l => l.Number == licence.Number, cancellationToken))
        {
            throw DomainException.Conflict($"Số giấy phép {licence.Number} đã có trong hồ sơ.", "number");
        }

        LicenceRules.Replace(await Licences.SingleOrDefaultAsync(l => l.HolderId == input.HolderId && l.InForceTitle == input.Title, cancellationToken), licence);
        db.Licences.Add(licence);
        await SaveAsync(cancellationToken);
        return licence;
    }

    public async Task<PractisingLicence> DecideAsync(Guid id, LicenceDecisionKind kind, LicenceDecisionInput input, CancellationToken cancellationToken)
    {
        var licence = await FindAsync(id, cancellationToken);
        db.LicenceDecisions.Add(LicenceRules.Decide(licence, kind, input, clock.Today));
        await SaveAsync(cancellationToken);
        return licence;
    }

    /// <summary>Renews the licence for five more years, when filed in time and with the cycle's hours of continuing education.</summary>
    public async Task<PractisingLicence> RenewAsync(Guid id, DateOnly filedOn, CancellationToken cancellationToken)
    {
        var licence = await FindAsync(id, cancellationToken);
        var hours = await cme.HoursAsync(licence.HolderId, licence.CycleStartOn(filedOn), filedOn, cancellationToken);
        db.LicenceRenewals.Add(LicenceRenewalRules.Renew(licence, filedOn, hours, clock.Today));
        await SaveAsync(cancellationToken);
        return licence;
    }

    public async Task<PractisingLicence> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Licences.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken) ?? throw NotFound();

    /// <summary>The filtered licences by number, so that pages never skip or repeat a row.</summary>
    public async Task<IQueryable<PractisingLicence>> QueryAsync(LicenceFilter? filter, CancellationToken cancellationToken)
    {
        var query = Licences.AsNoTracking();
        if (filter?.HolderId is { } holder)
        {
            query = query.Where(l => l.HolderId == holder);
        }

        if (filter?.Title is { } title)
        {
            query = query.Where(l => l.Title == title);
        }

        if (filter?.Number is { Length: > 0 } number)
        {
            var wanted = number.Trim().ToUpperInvariant();
            query = query.Where(l => l.Number == wanted);
        }

        if (filter?.FacilityId is { } facility)
        {
            var holders = await PeopleAtAsync(facility, clock.Today, cancellationToken);
            query = query.Where(l => holders.Contains(l.HolderId));
        }

        return query.OrderBy(l => l.Number).ThenBy(l => l.Id);
    }

    /// <summary>
    /// Licences valid on <paramref name="day"/> that expire within <paramref name="withinDays"/> days of it, of the
    /// people at a facility (any when null), the soonest first.
    /// </summary>
    public async Task<IQueryable<PractisingLicence>> ExpiringAsync(int withinDays, Guid? facilityId, DateOnly? on, CancellationToken cancellationToken)
    {
        if (withinDays is < 0 or > MaxWithinDays)
        {
            throw DomainException.Validation("withinDays", $"Số ngày phải từ 0 đến {MaxWithinDays}.");
        }

        var day = on ?? clock.Today;
        var last = day.AddDays(withinDays);
        var query = Licences.AsNoTracking().Where(l => l.IssuedOn <= day && l.ExpiresOn >= day && l.ExpiresOn <= last)
            .Where(l => !l.Decisions.Any(d => d.Kind == LicenceDecisionKind.Revocation && d.DecidedOn <= day))
            .Where(l => l.Decisions.Count(d => d.Kind == LicenceDecisionKind.Suspension && d.DecidedOn <= day)
                == l.Decisions.Count(d => d.Kind == LicenceDecisionKind.Reinstatement && d.DecidedOn <= day));
        if (facilityId is { } facility)
        {
            var holders = await PeopleAtAsync(facility, day, cancellationToken);
            query = query.Where(l => holders.Contains(l.HolderId));
        }

        return query.OrderBy(l => l.ExpiresOn).ThenBy(l => l.Id);
    }

    private async Task<List<Guid>> PeopleAtAsync(Guid facilityId, DateOnly day, CancellationToken cancellationToken)
    {
        var facility = await facilities.GetAsync(facilityId, cancellationToken);
        return (await people.FindAsync(new PeopleQuery(day, [facility.UnitId]), cancellationToken)).Select(p => p.Id).ToList();
    }

    internal async Task<PractisingLicence> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Licences.SingleOrDefaultAsync(l => l.Id == id, cancellationToken) ?? throw NotFound();

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Giấy phép vừa được người khác ghi (trùng số, hoặc người này đã có giấy phép còn hiệu lực cho chức danh này); hãy tải lại.", "number");
        }
    }

    private static DomainException NotFound() => DomainException.NotFound("Không tìm thấy giấy phép hành nghề.");
}
