using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Cases;
using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Plans;

/// <summary>Creates plans, sets their targets, and sets them beside the Registry's figures on a day; what the GraphQL fields and the export call.</summary>
public sealed class PlanService(
    TalentDbContext db, IUnitDirectory units, IWorkforceFigures workforce, ICurrentUser user, ISensitiveReadLog readLog, SmallGroupRule? smallGroups = null)
{
    public async Task<WorkforcePlan> CreateAsync(WorkforcePlanInput input, CancellationToken cancellationToken)
    {
        var plan = PlanRules.New(input);
        if (await db.WorkforcePlans.AnyAsync(p => p.Code == plan.Code, cancellationToken))
        {
            throw DomainException.Conflict($"Đã có kế hoạch mang mã '{plan.Code}'.", "code");
        }

        db.WorkforcePlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    public async Task<WorkforcePlan> SetTargetsAsync(Guid planId, IReadOnlyList<PlanTargetInput> targets, CancellationToken cancellationToken)
    {
        var plan = await GetAsync(planId, cancellationToken);
        var known = (await units.GetAllAsync(cancellationToken)).Select(u => u.Id).ToHashSet();
        // Added explicitly: a new row reached through a navigation with its id already set would be taken for an existing one.
        db.PlanTargets.AddRange(PlanRules.Set(plan, targets, known));
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    public async Task<WorkforcePlan> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.WorkforcePlans.Include(p => p.Targets).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("Không tìm thấy kế hoạch phát triển đội ngũ trí thức.");

    /// <summary>By title, ignoring diacritics, then id, so that pages never skip or repeat a row.</summary>
    public IQueryable<WorkforcePlan> Query(string? search)
    {
        var query = db.WorkforcePlans.AsNoTracking().Include(p => p.Targets).AsQueryable();
        if (VietnameseText.Fold(search) is { Length: > 0 } folded)
        {
            query = query.Where(p => p.SearchTitle.Contains(folded));
        }

        return query.OrderBy(p => p.SearchTitle).ThenBy(p => p.Id);
    }

    /// <summary>
    /// Each target of the plan for the year of <paramref name="on"/> (within the subtree of <paramref name="unitId"/> and
    /// the field <paramref name="fieldCode"/>, when given) beside the actual figure that day, ordered by unit, field and measure.
    /// A share of a small group, here or in a drill-down, is shown only to a caller who may read personal data (<see cref="PlanDisclosure"/>).
    /// </summary>
    public async Task<IReadOnlyList<PlanGap>> GapsAsync(Guid planId, DateOnly on, Guid? unitId, string? fieldCode, CancellationToken cancellationToken)
    {
        var plan = await GetAsync(planId, cancellationToken);
        if (on.Year < plan.FromYear || on.Year > plan.ToYear)
        {
            throw DomainException.Validation("on", $"Ngày {on:dd/MM/yyyy} nằm ngoài kỳ kế hoạch {plan.FromYear}–{plan.ToYear}.");
        }

        var figures = await FiguresAsync(plan, on, cancellationToken);
        figures.Disclosure = new PlanDisclosure(smallGroups ?? SmallGroupRule.Default, user.Access.HasPermission(Permissions.PersonalDataRead), readLog);
        var scope = unitId is { } root ? await units.SubtreeAsync(root, cancellationToken) : null;
        return plan.Targets
            .Where(t => t.Year == on.Year && (scope is null || scope.Contains(t.UnitId)) && (fieldCode is null || t.FieldCode == fieldCode))
            .Select(t => figures.Row(t.UnitId, t.FieldCode, t.Measure))
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.UnitId).ThenBy(r => r.FieldCode, StringComparer.Ordinal).ThenBy(r => r.Measure)
            .ToList();
    }

    /// <summary>The figures of a day: the Registry's counts in one call, the year's recruitments in one query.</summary>
    public async Task<PlanFigures> FiguresAsync(WorkforcePlan plan, DateOnly on, CancellationToken cancellationToken) =>
        new(on, await units.GetAllAsync(cancellationToken),
            await workforce.CountAsync(new WorkforceQuery(on, plan.YoungUnderAge), cancellationToken),
            (await RecruitmentsAsync(new DateOnly(on.Year, 1, 1), on, cancellationToken)).Select(r => (r.UnitId, r.FieldCode)),
            plan.Targets.Where(t => t.Year == on.Year));

    /// <summary>The cases whose recruitment decision falls between the two days: the post's unit, the field and the policy.</summary>
    public async Task<IReadOnlyList<Recruitment>> RecruitmentsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await (from c in db.Cases.AsNoTracking()
               join d in db.CaseDecisions.AsNoTracking() on c.Id equals d.CaseId
               where d.Status == CaseStatus.Recruited && d.DecidedOn >= first && d.DecidedOn <= last && c.PostUnitId != null && c.PersonId != null
               orderby d.DecidedOn, c.Id
               select new Recruitment(c.Id, c.PersonId!.Value, c.PostUnitId!.Value, c.FieldCode, c.PolicyId, d.DecidedOn))
            .ToListAsync(cancellationToken);
}
