using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Data;
using TriThuc.Modules.Talent.Plans;
using TriThuc.Modules.Talent.Remote;
using static TriThuc.Modules.Talent.Indicators.TalentIndicatorDefinitions;
using static TriThuc.SharedKernel.Indicators.DimensionValues;

namespace TriThuc.Modules.Talent.Indicators;

/// <summary>The module's indicators A1–A4: each a definition leaders read, and the subjects it counts on a day.</summary>
public sealed class TalentIndicators(TalentDbContext db, PlanService plans, IUnitDirectory units, IPersonDirectory people, IWorkforceFigures workforce) : IIndicatorSource
{
    public IReadOnlyList<IndicatorDefinition> Indicators => All;

    public async Task<IndicatorPopulation> LoadAsync(string code, IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var day = period.AsOf;
        var policies = await db.Policies.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Code, p.Title), cancellationToken);
        var subjects = code switch
        {
            Recruited => (await plans.RecruitmentsAsync(period.YearStart, day, cancellationToken))
                .DistinctBy(r => r.PersonId)
                .Select(r => new IndicatorSubject(r.PersonId, r.UnitId, true, 1m, [r.FieldCode, policies[r.PolicyId].Code]))
                .ToList(),
            Retained => await RetainedAsync(day, policies, cancellationToken),
            DifficultUnitsServed => await DifficultUnitsServedAsync(day, cancellationToken),
            PlanTargetsMet => await PlanTargetsMetAsync(day, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an indicator of the Talent module."),
        };
        return new IndicatorPopulation(subjects, await units.IndicatorUnitsAsync(cancellationToken),
            ValueNames(policies.Values.ToDictionary(p => p.Code, p => p.Title)));
    }

    public async Task<IReadOnlyDictionary<Guid, IndicatorSubjectDetail>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var unitNames = (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var targets = await db.PlanTargets.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        return (await people.GetSummariesAsync(ids, cancellationToken)).Values.Select(p => new IndicatorSubjectDetail(p.Id, p.FullName, p.UnitName))
            .Concat(ids.Where(unitNames.ContainsKey).Select(id => new IndicatorSubjectDetail(id, unitNames[id], unitNames[id])))
            .Concat(targets.Select(t => new IndicatorSubjectDetail(t.Id, $"{EnumLabels.Of(t.Measure)} năm {t.Year}: {t.Value:0.####}", unitNames.GetValueOrDefault(t.UnitId))))
            .DistinctBy(d => d.Id)
            .ToDictionary(d => d.Id);
    }

    private async Task<List<IndicatorSubject>> RetainedAsync(
        DateOnly day, IReadOnlyDictionary<Guid, (string Code, string Title)> policies, CancellationToken cancellationToken)
    {
        var recruited = (await plans.RecruitmentsAsync(DateOnly.MinValue, day.AddYears(-RetentionYears), cancellationToken)).DistinctBy(r => r.PersonId).ToList();
        var staying = recruited.Count == 0
            ? new HashSet<Guid>()
            : await workforce.InPublicSectorAsync(recruited.Select(r => r.PersonId).ToList(), day, cancellationToken);
        return recruited.Select(r => new IndicatorSubject(r.PersonId, r.UnitId, staying.Contains(r.PersonId), 1m, [policies[r.PolicyId].Code, r.FieldCode])).ToList();
    }

    private async Task<List<IndicatorSubject>> DifficultUnitsServedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var all = await units.GetAllAsync(cancellationToken);
        var byId = all.ToDictionary(u => u.Id);
        var classes = await units.ClassificationsOnAsync(all.Select(u => u.Id).ToList(), day, cancellationToken);
        var difficult = all.Where(u => u.IsOpenOn(day) && (RemoteEntitlementRules.Governing(byId.AncestryOf(u.Id).Select(a => a.Id).ToList(), classes)?.IsExtremelyDifficult ?? false)).ToList();
        if (difficult.Count == 0)
        {
            return [];
        }

        var served = new HashSet<Guid>();
        foreach (var count in (await workforce.CountAsync(new WorkforceQuery(day), cancellationToken)).Where(c => c.UniversityOrAbove > 0))
        {
            served.UnionWith(byId.AncestryOf(count.UnitId).Select(u => u.Id));
        }

        return difficult.Select(u => new IndicatorSubject(u.Id, u.Id, served.Contains(u.Id), 1m, Array.Empty<string?>())).ToList();
    }

    private async Task<List<IndicatorSubject>> PlanTargetsMetAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var subjects = new List<IndicatorSubject>();
        foreach (var plan in await db.WorkforcePlans.AsNoTracking().Include(p => p.Targets)
            .Where(p => p.FromYear <= day.Year && p.ToYear >= day.Year && p.Targets.Any(t => t.Year == day.Year)).ToListAsync(cancellationToken))
        {
            var figures = await plans.FiguresAsync(plan, day, cancellationToken);
            subjects.AddRange(plan.Targets.Where(t => t.Year == day.Year).Select(t => new IndicatorSubject(
                t.Id, t.UnitId, figures.Row(t.UnitId, t.FieldCode, t.Measure).Met == true, 1m, [t.FieldCode ?? EveryField, Key(t.Measure)])));
        }

        return subjects;
    }
}
