using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Experts;

/// <summary>Records experts from abroad and their engagements with host units; what the GraphQL fields call.</summary>
public sealed class ExpertService(TalentDbContext db, RegistryReferences registry, IClock clock)
{
    public async Task<Expert> CreateAsync(ExpertInput input, CancellationToken cancellationToken)
    {
        var expert = new Expert();
        ExpertRules.Apply(expert, input);
        await RequireLinkAsync(input, cancellationToken);
        db.Experts.Add(expert);
        await db.SaveChangesAsync(cancellationToken);
        return expert;
    }

    public async Task<Expert> UpdateAsync(Guid id, ExpertInput input, CancellationToken cancellationToken)
    {
        var expert = await GetAsync(id, cancellationToken);
        ExpertRules.Apply(expert, input);
        await RequireLinkAsync(input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return expert;
    }

    /// <summary>An engagement with a host unit open on its first day, by an approval decision made before it starts.</summary>
    public async Task<ExpertEngagement> EngageAsync(Guid expertId, EngagementInput input, CancellationToken cancellationToken)
    {
        if (!await db.Experts.AnyAsync(e => e.Id == expertId, cancellationToken))
        {
            throw DomainException.NotFound("Không tìm thấy chuyên gia.");
        }

        var engagement = ExpertRules.NewEngagement(expertId, input, clock.Today);
        await registry.RequireOpenUnitAsync(input.HostUnitId, input.StartsOn, "hostUnitId", cancellationToken);
        db.ExpertEngagements.Add(engagement);
        await db.SaveChangesAsync(cancellationToken);
        return engagement;
    }

    /// <summary>A linked intellectual must be a Registry person not merged into another record (asked through its contracts).</summary>
    private Task RequireLinkAsync(ExpertInput input, CancellationToken cancellationToken) =>
        input.IntellectualId is { } person ? registry.RequirePeopleAsync([person], "intellectualId", cancellationToken) : Task.CompletedTask;

    public async Task<Expert> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Experts.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy chuyên gia.");

    /// <summary>By name, ignoring diacritics, then id, so that pages never skip or repeat a row.</summary>
    public IQueryable<Expert> Query(ExpertFilter? filter)
    {
        var query = db.Experts.AsNoTracking();
        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } folded)
        {
            query = query.Where(e => e.SearchTitle.Contains(folded));
        }

        if (filter?.Origin is { } origin)
        {
            query = query.Where(e => e.Origin == origin);
        }

        if (Codes.Normalize(filter?.FieldCode) is { } field)
        {
            query = query.Where(e => e.FieldCode == field);
        }

        if (filter?.HostUnitId is { } unit)
        {
            query = query.Where(e => db.ExpertEngagements.Any(g => g.ExpertId == e.Id && g.HostUnitId == unit));
        }

        return query.OrderBy(e => e.SearchTitle).ThenBy(e => e.Id);
    }

    /// <summary>The engagements working on one project or cooperation of another module, latest first.</summary>
    public Task<List<ExpertEngagement>> WorkingOnAsync(ExpertWorkKind kind, Guid targetId, CancellationToken cancellationToken) =>
        db.ExpertEngagements.AsNoTracking().Include(g => g.Work)
            .Where(g => g.Work.Any(w => w.Kind == kind && w.TargetId == targetId))
            .OrderByDescending(g => g.StartsOn).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
}
