using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.University.Branch;
using TriThuc.Modules.University.Data;

namespace TriThuc.Modules.University.Cooperation;

/// <summary>Records cooperation agreements and their activities, and lists them; what the GraphQL fields call.</summary>
public sealed class CooperationService(UniversityDbContext db, RegistryReferences registry, IUnitDirectory units, IClock clock)
{
    public async Task<CooperationAgreement> RecordAgreementAsync(CooperationAgreementInput input, CancellationToken cancellationToken)
    {
        var agreement = CooperationRules.NewAgreement(input, clock.Today);
        var unit = await registry.RequireOpenUnitAsync(input.ResponsibleUnitId, agreement.SignedOn, "responsibleUnitId", cancellationToken);
        if (!BranchUnits.Contains(await units.GetAllAsync(cancellationToken), unit.Id))
        {
            throw DomainException.Validation("responsibleUnitId", $"Đơn vị phụ trách phải là phân hiệu hoặc một khoa, phòng thuộc phân hiệu; '{unit.Name}' không thuộc phân hiệu.");
        }

        db.CooperationAgreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return agreement;
    }

    public async Task<CooperationActivity> RecordActivityAsync(CooperationActivityInput input, CancellationToken cancellationToken)
    {
        var agreement = await db.CooperationAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == input.AgreementId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy thỏa thuận hợp tác.");
        var activity = CooperationRules.NewActivity(input, agreement);
        await registry.RequirePeopleAsync(activity.Participants.Select(p => p.PersonId).ToList(), "participantIds", cancellationToken);
        db.CooperationActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }

    public async Task<CooperationAgreement> GetAgreementAsync(Guid id, CancellationToken cancellationToken) =>
        await db.CooperationAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy thỏa thuận hợp tác.");

    /// <summary>The filtered agreements, the latest signed first, ending with the id so that pages never skip or repeat a row.</summary>
    public IQueryable<CooperationAgreement> QueryAgreements(CooperationAgreementFilter? filter)
    {
        var query = db.CooperationAgreements.AsNoTracking();
        if (filter?.Origin is { } origin)
        {
            query = query.Where(a => a.Origin == origin);
        }

        if (filter?.Type is { } type)
        {
            query = query.Where(a => a.Type == type);
        }

        if (filter?.InForceOn is { } day)
        {
            query = query.Where(a => a.ValidFrom <= day && (a.ValidTo == null || a.ValidTo >= day));
        }

        if (filter?.ResponsibleUnitId is { } unit)
        {
            query = query.Where(a => a.ResponsibleUnitId == unit);
        }

        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } search)
        {
            query = query.Where(a => a.SearchTitle.Contains(search));
        }

        if (VietnameseText.Fold(filter?.Country) is { Length: > 0 } country)
        {
            query = query.Where(a => a.SearchCountry.Contains(country));
        }

        return query.OrderByDescending(a => a.SignedOn).ThenBy(a => a.Id);
    }

    /// <summary>The filtered activities, the latest start first, ending with the id.</summary>
    public IQueryable<CooperationActivity> QueryActivities(CooperationActivityFilter? filter)
    {
        var query = db.CooperationActivities.AsNoTracking().Include(a => a.Participants).AsQueryable();
        if (filter?.AgreementId is { } agreement)
        {
            query = query.Where(a => a.AgreementId == agreement);
        }

        if (filter?.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (filter?.From is { } from)
        {
            query = query.Where(a => a.EndDate >= from);
        }

        if (filter?.To is { } to)
        {
            query = query.Where(a => a.StartDate <= to);
        }

        if (filter?.PersonId is { } person)
        {
            query = query.Where(a => a.Participants.Any(p => p.PersonId == person));
        }

        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } search)
        {
            query = query.Where(a => a.SearchTitle.Contains(search));
        }

        return query.OrderByDescending(a => a.StartDate).ThenBy(a => a.Id);
    }
}
