using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Consultations;

/// <summary>
/// A consultation from the agency's request to its answers: the agency (its named responders) sends the request and
/// answers the recommendations; the assigned association's editors seat the panel, record opinions and deliver.
/// </summary>
public sealed class ConsultationService(
    AssociationsDbContext db, AssociationService associations, AssociationAccessService access, RegistryReferences registry, IClock clock)
{
    private IQueryable<ConsultationRequest> Requests => db.ConsultationRequests
        .Include(r => r.Conflicts).Include(r => r.Panel).Include(r => r.ExpertOpinions)
        .Include(r => r.Opinions).ThenInclude(o => o.Recommendations).ThenInclude(x => x.Response)
        .AsSplitQuery();

    /// <summary>Names a user (the subject of their token) to act for an agency; the administrator does this.</summary>
    public async Task<bool> GrantResponderAsync(Guid unitId, string userId, CancellationToken cancellationToken)
    {
        await registry.RequireOpenUnitAsync(unitId, clock.Today, "unitId", cancellationToken);
        var wanted = Require.Text(userId, AssociationRules.MaxUserIdLength, "userId", "Tài khoản người của cơ quan");
        if (!await db.AgencyResponders.AnyAsync(r => r.UnitId == unitId && r.UserId == wanted, cancellationToken))
        {
            db.AgencyResponders.Add(new AgencyResponder { UnitId = unitId, UserId = wanted });
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    public async Task<ConsultationRequest> RequestAsync(ConsultationRequestInput input, CancellationToken cancellationToken)
    {
        var agency = await registry.RequireOpenUnitAsync(input.AgencyUnitId, input.ReceivedOn, "agencyUnitId", cancellationToken);
        await access.RequireAgencyAsync(agency.Id, agency.Name, cancellationToken);
        var association = await associations.FindAsync(input.AssociationId, "associationId", cancellationToken);
        if (input.DrafterIds.Count > 0)
        {
            await registry.RequirePeopleAsync(input.DrafterIds, "drafterIds", cancellationToken);
        }

        var request = ConsultationRules.New(input, association, clock.Today);
        db.ConsultationRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>A conflict declared by the association's editors or the agency; a seated expert leaves the panel.</summary>
    public async Task<ConsultationRequest> DeclareConflictAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        var request = await FindAsync(id, cancellationToken);
        if (!await access.WritesForAsync(request.AssociationId, cancellationToken) && !await access.ActsForAgencyAsync(request.AgencyUnitId, cancellationToken))
        {
            await RequireAssociationWriterAsync(request, cancellationToken);
        }

        await registry.RequirePeopleAsync([personId], "personId", cancellationToken);
        db.ConsultationConflicts.Add(ConsultationRules.Declare(request, personId));
        if (request.Panel.FirstOrDefault(s => s.PersonId == personId) is { } seat)
        {
            request.Panel.Remove(seat);
            db.PanelSeats.Remove(seat);
        }

        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public async Task<ConsultationRequest> SeatAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        var request = await WritableAsync(id, cancellationToken);
        await registry.RequirePeopleAsync([personId], "personId", cancellationToken);
        db.PanelSeats.Add(ConsultationRules.Seat(request, personId));
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public async Task<ConsultationRequest> RecordExpertOpinionAsync(Guid id, ExpertOpinionInput input, CancellationToken cancellationToken)
    {
        var request = await WritableAsync(id, cancellationToken);
        db.ExpertOpinions.Add(ConsultationRules.Opinion(request, input, clock.Today));
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public async Task<ConsultationRequest> DeliverAsync(Guid id, ConsolidatedOpinionInput input, CancellationToken cancellationToken)
    {
        var request = await WritableAsync(id, cancellationToken);
        db.ConsolidatedOpinions.Add(ConsultationRules.Deliver(request, input, null, clock.Today));
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public async Task<ConsultationRequest> SupersedeAsync(Guid opinionId, ConsolidatedOpinionInput input, CancellationToken cancellationToken)
    {
        var requestId = await db.ConsolidatedOpinions.Where(o => o.Id == opinionId).Select(o => (Guid?)o.RequestId).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy ý kiến tổng hợp.");
        var request = await WritableAsync(requestId, cancellationToken);
        db.ConsolidatedOpinions.Add(ConsultationRules.Deliver(request, input, request.Opinions.Single(o => o.Id == opinionId), clock.Today));
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public async Task<ConsultationRequest> AnswerAsync(Guid recommendationId, ResponseInput input, CancellationToken cancellationToken)
    {
        var requestId = await db.Recommendations.Where(r => r.Id == recommendationId).Select(r => (Guid?)r.RequestId).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy kiến nghị.");
        var request = await FindAsync(requestId, cancellationToken);
        if (!await access.ActsForAgencyAsync(request.AgencyUnitId, cancellationToken))
        {
            var agency = (await registry.RequireOpenUnitAsync(request.AgencyUnitId, request.ReceivedOn, "id", cancellationToken)).Name;
            await access.RequireAgencyAsync(request.AgencyUnitId, agency, cancellationToken);
        }

        var recommendation = request.Opinions.SelectMany(o => o.Recommendations).Single(r => r.Id == recommendationId);
        db.RecommendationResponses.Add(ConsultationRules.Answer(request, recommendation, input, clock.Today));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict($"Kiến nghị số {recommendation.Number} vừa được người khác trả lời; hãy tải lại.", "id");
        }

        return request;
    }

    public async Task<ConsultationRequest> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound();

    /// <summary>The filtered requests by deadline, then id.</summary>
    public IQueryable<ConsultationRequest> Query(ConsultationFilter? filter)
    {
        var query = Requests.AsNoTracking();
        if (filter?.AssociationId is { } association)
        {
            query = query.Where(r => r.AssociationId == association);
        }

        if (filter?.AgencyUnitId is { } agency)
        {
            query = query.Where(r => r.AgencyUnitId == agency);
        }

        if (filter?.OverdueOn is { } day)
        {
            query = query.Where(r => r.Deadline < day && !r.Opinions.Any(o => o.DeliveredOn <= day));
        }

        return query.OrderBy(r => r.Deadline).ThenBy(r => r.Id);
    }

    /// <summary>Recommendations of current opinions the agency has not answered yet, oldest delivery first.</summary>
    public IQueryable<Recommendation> Unanswered(Guid? agencyUnitId)
    {
        var query = db.Recommendations.AsNoTracking()
            .Where(r => r.Response == null && !db.ConsolidatedOpinions.Any(o => o.SupersedesId == r.OpinionId));
        if (agencyUnitId is { } agency)
        {
            query = query.Where(r => db.ConsultationRequests.Any(q => q.Id == r.RequestId && q.AgencyUnitId == agency));
        }

        return query.OrderBy(r => r.RequestId).ThenBy(r => r.Number).ThenBy(r => r.Id);
    }

    private async Task<ConsultationRequest> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound();

    private async Task<ConsultationRequest> WritableAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await FindAsync(id, cancellationToken);
        await RequireAssociationWriterAsync(request, cancellationToken);
        return request;
    }

    private async Task RequireAssociationWriterAsync(ConsultationRequest request, CancellationToken cancellationToken) =>
        await associations.FindWritableAsync(request.AssociationId, null, cancellationToken);

    private static DomainException NotFound() => DomainException.NotFound("Không tìm thấy yêu cầu tư vấn, phản biện.");
}
