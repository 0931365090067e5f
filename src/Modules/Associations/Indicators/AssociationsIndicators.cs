using TriThuc.Modules.Associations.Consultations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Registry.Contracts;
using static TriThuc.Modules.Associations.Indicators.AssociationsIndicatorDefinitions;
using static TriThuc.SharedKernel.Indicators.DimensionValues;

namespace TriThuc.Modules.Associations.Indicators;

/// <summary>The module's indicators L1–L4 (issue 24's S1–S4): each a definition leaders read, and the subjects it counts on a day.</summary>
public sealed class AssociationsIndicators(AssociationsDbContext db, IUnitDirectory units, IPersonDirectory people, IWorkforceFigures workforce) : IIndicatorSource
{
    public IReadOnlyList<IndicatorDefinition> Indicators => All;

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var associations = await db.Associations.AsNoTracking().Select(a => new { a.Id, a.Title, a.Field }).ToListAsync(cancellationToken);
        var subjects = code switch
        {
            CurrentMembers => await CurrentMembersAsync(period.AsOf, cancellationToken),
            PublicSectorMembers => await PublicSectorMembersAsync(period.AsOf, cancellationToken),
            OpinionsOnTime => await OpinionsOnTimeAsync(period, cancellationToken),
            RecommendationsAccepted => await RecommendationsAcceptedAsync(period, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the Associations module."),
        };
        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken),
            ValueNames(associations.ToDictionary(a => a.Id.ToString(), a => a.Title), associations.Select(a => a.Field)));
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var titles = await db.Associations.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.PersonId, m.ExternalName, m.AssociationId }).ToListAsync(cancellationToken);
        var requests = await db.ConsultationRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Subject, r.AssociationId }).ToListAsync(cancellationToken);
        var answers = await (from x in db.RecommendationResponses.AsNoTracking()
                             join r in db.Recommendations.AsNoTracking() on x.RecommendationId equals r.Id
                             join q in db.ConsultationRequests.AsNoTracking() on r.RequestId equals q.Id
                             where ids.Contains(x.Id)
                             select new { x.Id, r.Number, q.Subject, q.AssociationId }).ToListAsync(cancellationToken);
        var persons = await people.GetSummariesAsync(members.Where(m => m.PersonId != null).Select(m => m.PersonId!.Value).Concat(ids).Distinct().ToList(), cancellationToken);

        return members.Select(m => new IndicatorSubjectDetail(m.Id,
                m.PersonId is { } p ? persons.GetValueOrDefault(p)?.FullName ?? "" : m.ExternalName ?? "", titles.GetValueOrDefault(m.AssociationId)))
            .Concat(requests.Select(r => new IndicatorSubjectDetail(r.Id, r.Subject, titles.GetValueOrDefault(r.AssociationId))))
            .Concat(answers.Select(a => new IndicatorSubjectDetail(a.Id, $"Kiến nghị số {a.Number} — {a.Subject}", titles.GetValueOrDefault(a.AssociationId))))
            .Concat(persons.Values.Where(p => ids.Contains(p.Id)).Select(p => new IndicatorSubjectDetail(p.Id, p.FullName, p.UnitName)))
            .DistinctBy(d => d.Id)
            .ToDictionary(d => d.Id);
    }

    /// <summary>Members in good standing on the day (NEW or CURRENT by <see cref="MemberStatusRule"/>), with their association.</summary>
    private async Task<List<(Member Member, Guid AssociationId, string Field)>> StandingMembersAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var associations = await db.Associations.AsNoTracking().ToDictionaryAsync(a => a.Id, a => (a.GraceDays, a.Field), cancellationToken);
        var members = await db.Members.AsNoTracking().Include(m => m.Dues)
            .Where(m => m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn >= day)).ToListAsync(cancellationToken);
        return members.Where(m => m.StatusOn(day, associations[m.AssociationId].GraceDays) is MemberStatus.New or MemberStatus.Current)
            .Select(m => (m, m.AssociationId, associations[m.AssociationId].Field)).ToList();
    }

    private async Task<List<IndicatorSubject>> CurrentMembersAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var members = await StandingMembersAsync(day, cancellationToken);
        var persons = await people.GetSummariesAsync(members.Where(m => m.Member.PersonId != null).Select(m => m.Member.PersonId!.Value).Distinct().ToList(), cancellationToken);
        return members.Select(m => new IndicatorSubject(m.Member.Id,
                m.Member.PersonId is { } p ? persons.GetValueOrDefault(p)?.UnitId : null, true, 1m, [m.AssociationId.ToString(), m.Field]))
            .ToList();
    }

    private async Task<List<IndicatorSubject>> PublicSectorMembersAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var register = await people.FindAsync(new PeopleQuery(day), cancellationToken);
        if (register.Count == 0)
        {
            return [];
        }

        var publicSector = await workforce.InPublicSectorAsync(register.Select(p => p.Id).ToList(), day, cancellationToken);
        var members = (await StandingMembersAsync(day, cancellationToken)).Where(m => m.Member.PersonId != null).Select(m => m.Member.PersonId!.Value).ToHashSet();
        return register.Where(p => publicSector.Contains(p.Id))
            .Select(p => new IndicatorSubject(p.Id, p.UnitId, members.Contains(p.Id), 1m, Array.Empty<string?>()))
            .ToList();
    }

    private async Task<List<IndicatorSubject>> OpinionsOnTimeAsync(IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var (start, day) = (period.YearStart, period.AsOf);
        return (await db.ConsultationRequests.AsNoTracking()
                .Where(r => r.Deadline >= start && r.Deadline <= day)
                .Select(r => new { r.Id, r.AgencyUnitId, r.AssociationId, r.Kind, OnTime = r.Opinions.Any(o => o.DeliveredOn <= r.Deadline) })
                .ToListAsync(cancellationToken))
            .Select(r => new IndicatorSubject(r.Id, r.AgencyUnitId, r.OnTime, 1m, [r.AssociationId.ToString(), Key(r.Kind)]))
            .ToList();
    }

    private async Task<List<IndicatorSubject>> RecommendationsAcceptedAsync(IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var (start, day) = (period.YearStart, period.AsOf);
        return (await (from x in db.RecommendationResponses.AsNoTracking()
                       join r in db.Recommendations.AsNoTracking() on x.RecommendationId equals r.Id
                       join q in db.ConsultationRequests.AsNoTracking() on r.RequestId equals q.Id
                       where x.AnsweredOn >= start && x.AnsweredOn <= day
                       select new { x.Id, x.Kind, q.AgencyUnitId, q.AssociationId, RequestKind = q.Kind }).ToListAsync(cancellationToken))
            .Select(a => new IndicatorSubject(a.Id, a.AgencyUnitId, a.Kind == ResponseKind.Accepted, 1m, [a.AssociationId.ToString(), Key(a.RequestKind)]))
            .ToList();
    }
}
