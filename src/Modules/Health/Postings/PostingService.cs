using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Health.Facilities;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Postings;

/// <summary>Records, ends and lists postings; what the GraphQL fields call.</summary>
public sealed class PostingService(HealthDbContext db, RegistryReferences registry, FacilityService facilities, IClock clock)
{
    public async Task<Posting> RecordAsync(PostingInput input, CancellationToken cancellationToken)
    {
        var posting = PostingRules.New(input);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        await RequireFacilityAsync(input.FromFacilityId, "fromFacilityId", cancellationToken);
        var to = await RequireFacilityAsync(input.ToFacilityId, "toFacilityId", cancellationToken);
        await registry.RequireOpenUnitAsync(to.UnitId, input.StartsOn, "toFacilityId", cancellationToken);
        PostingRules.NotOverlapping(posting, await db.Postings.Where(p => p.PersonId == input.PersonId).ToListAsync(cancellationToken));
        db.Postings.Add(posting);
        await db.SaveChangesAsync(cancellationToken);
        return posting;
    }

    public async Task<Posting> EndAsync(Guid id, DateOnly endedOn, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy đợt điều động.");
        PostingRules.End(posting, endedOn, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return posting;
    }

    /// <summary>The filtered postings, the latest start first, so that pages never skip or repeat a row.</summary>
    public IQueryable<Posting> Query(PostingFilter? filter)
    {
        var query = db.Postings.AsNoTracking();
        if (filter?.PersonId is { } person)
        {
            query = query.Where(p => p.PersonId == person);
        }

        if (filter?.FacilityId is { } facility)
        {
            query = query.Where(p => p.ToFacilityId == facility);
        }

        if (filter?.On is { } day)
        {
            query = query.Where(p => p.StartsOn <= day && (p.EndedOn ?? p.PlannedEndOn) >= day);
        }

        return query.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Id);
    }

    private async Task<HealthFacility> RequireFacilityAsync(Guid id, string field, CancellationToken cancellationToken)
    {
        try
        {
            return await facilities.GetAsync(id, cancellationToken);
        }
        catch (DomainException)
        {
            throw DomainException.Validation(field, "Không tìm thấy cơ sở y tế; hãy lập hồ sơ cơ sở trước.");
        }
    }
}
