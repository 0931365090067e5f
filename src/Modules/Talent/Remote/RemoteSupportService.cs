using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Remote;

/// <summary>Posts, the entitlements they give on the Registry's dated classification, and the months paid; what the GraphQL fields call.</summary>
public sealed class RemoteSupportService(TalentDbContext db, RegistryReferences registry, IUnitDirectory units, IClock clock)
{
    public const int MaxDecisionLength = 60;

    public async Task<RemotePosting> RecordPostingAsync(RemotePostingInput input, CancellationToken cancellationToken)
    {
        var decision = Require.Text(input.Decision, MaxDecisionLength, "decision", "Số quyết định");
        if (input.EndsOn is { } end && end < input.StartsOn)
        {
            throw DomainException.Validation("endsOn", $"Ngày kết thúc phải từ ngày bắt đầu ({input.StartsOn:dd/MM/yyyy}).");
        }

        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        await registry.RequireOpenUnitAsync(input.UnitId, input.StartsOn, "unitId", cancellationToken);
        var posting = new RemotePosting { PersonId = input.PersonId, UnitId = input.UnitId, Decision = decision, StartsOn = input.StartsOn, EndsOn = input.EndsOn };
        db.RemotePostings.Add(posting);
        await db.SaveChangesAsync(cancellationToken);
        return posting;
    }

    public async Task<IReadOnlyList<RemoteEntitlement>> EntitlementsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var postings = await db.RemotePostings.AsNoTracking().Where(p => p.PersonId == personId).OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
        var paid = await db.RemotePayments.AsNoTracking().Where(p => p.PersonId == personId && p.Kind == RemoteSupportKind.AttractionAllowance).ToListAsync(cancellationToken);
        var result = new List<RemoteEntitlement>();
        foreach (var posting in postings)
        {
            foreach (var (from, to, decision, months) in await PeriodsAsync(posting, cancellationToken))
            {
                var paidMonths = paid.Where(p => p.PostingId == posting.Id && months.Contains(p.Month)).Select(p => p.Month).Order().ToList();
                result.Add(new RemoteEntitlement(posting.Id, posting.PersonId, posting.UnitId, from, to, decision, months.Count, paidMonths));
            }
        }

        return result;
    }

    /// <summary>Records a month paid (any day of it), refused when that month is not entitled or already paid.</summary>
    public async Task<RemotePayment> PayAsync(Guid postingId, DateOnly month, RemoteSupportKind kind, CancellationToken cancellationToken)
    {
        var posting = await db.RemotePostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy quyết định công tác.");
        var first = new DateOnly(month.Year, month.Month, 1);
        var entitled = (await PeriodsAsync(posting, cancellationToken)).Any(p => p.Months.Contains(first));
        RemoteEntitlementRules.RefuseDouble(kind, first, entitled,
            await db.RemotePayments.AsNoTracking().Where(p => p.PersonId == posting.PersonId).ToListAsync(cancellationToken));
        var payment = new RemotePayment { PostingId = posting.Id, PersonId = posting.PersonId, Kind = kind, Month = first };
        db.RemotePayments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return payment;
    }

    /// <summary>Who becomes or stops being entitled between two days: the posts running on both, judged on each day's classification.</summary>
    public async Task<IReadOnlyList<RemoteEntitlementChange>> ChangesAsync(DateOnly before, DateOnly after, CancellationToken cancellationToken)
    {
        var postings = await db.RemotePostings.AsNoTracking()
            .Where(p => p.StartsOn <= before && (p.EndsOn == null || p.EndsOn >= after))
            .OrderBy(p => p.UnitId).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var chains = await ChainsAsync(postings.Select(p => p.UnitId), cancellationToken);
        var all = chains.Values.SelectMany(c => c).Distinct().ToList();
        var then = await units.ClassificationsOnAsync(all, before, cancellationToken);
        var now = await units.ClassificationsOnAsync(all, after, cancellationToken);
        return postings
            .Select(p => (Posting: p, Then: RemoteEntitlementRules.Governing(chains[p.UnitId], then), Now: RemoteEntitlementRules.Governing(chains[p.UnitId], now)))
            .Where(x => (x.Then?.IsExtremelyDifficult ?? false) != (x.Now?.IsExtremelyDifficult ?? false))
            .Select(x => new RemoteEntitlementChange(x.Posting.Id, x.Posting.PersonId, x.Posting.UnitId, x.Now?.IsExtremelyDifficult ?? false, x.Then?.Decision, x.Now?.Decision))
            .ToList();
    }

    private async Task<IReadOnlyList<(DateOnly From, DateOnly To, string Decision, IReadOnlyList<DateOnly> Months)>> PeriodsAsync(
        RemotePosting posting, CancellationToken cancellationToken)
    {
        var chain = (await ChainsAsync([posting.UnitId], cancellationToken))[posting.UnitId];
        var months = new List<(DateOnly, AreaClassificationSummary?)>();
        foreach (var day in RemoteEntitlementRules.JudgedDays(posting.StartsOn, posting.EndsOn, clock.Today))
        {
            months.Add((day, RemoteEntitlementRules.Governing(chain, await units.ClassificationsOnAsync(chain, day, cancellationToken))));
        }

        return RemoteEntitlementRules.Periods(months, posting.EndsOn);
    }

    /// <summary>Each unit with its ancestors, nearest first.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<Guid>>> ChainsAsync(IEnumerable<Guid> unitIds, CancellationToken cancellationToken)
    {
        var byId = (await units.GetAllAsync(cancellationToken)).ToDictionary(u => u.Id);
        var chains = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var id in unitIds.Distinct())
        {
            chains[id] = byId.AncestryOf(id).Select(u => u.Id).ToList();
        }

        return chains;
    }
}
