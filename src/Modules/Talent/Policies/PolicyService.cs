using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Policies;

/// <summary>Creates, amends and lists attraction policies; what the GraphQL fields call.</summary>
public sealed class PolicyService(TalentDbContext db)
{
    public async Task<AttractionPolicy> CreateAsync(AttractionPolicyInput input, CancellationToken cancellationToken)
    {
        var policy = PolicyRules.New(input);
        if (await db.Policies.AnyAsync(p => p.Code == policy.Code, cancellationToken))
        {
            throw DomainException.Conflict($"Đã có chính sách mang mã '{policy.Code}'; văn bản sửa đổi thì ghi vào chính sách đó.", "code");
        }

        db.Policies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    public async Task<AttractionPolicy> AmendAsync(Guid id, PolicyVersionInput input, CancellationToken cancellationToken)
    {
        var policy = await GetAsync(id, cancellationToken);
        // Added explicitly: a new row reached through a navigation with its id already set would be taken for an existing one.
        db.PolicyVersions.Add(PolicyRules.Amend(policy, input));
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    public async Task<AttractionPolicy> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy chính sách thu hút.");

    /// <summary>By title, ignoring diacritics, then id, so that pages never skip or repeat a row.</summary>
    public IQueryable<AttractionPolicy> Query(string? search)
    {
        var query = db.Policies.AsNoTracking().Include(p => p.Versions).AsQueryable();
        if (VietnameseText.Fold(search) is { Length: > 0 } folded)
        {
            query = query.Where(p => p.SearchTitle.Contains(folded));
        }

        return query.OrderBy(p => p.SearchTitle).ThenBy(p => p.Id);
    }
}
