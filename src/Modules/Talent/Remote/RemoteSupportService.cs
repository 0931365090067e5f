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

    public Task<List<RemoteEntitlement>> EntitlementsAsync(Guid personId, CancellationToken cancellationToken) =>
        EntitlementsOfAsync([personId], cancellationToken);

    /// <summary>
    /// The entitlements of many people at once (a page of <c>Intellectual</c>s): two queries for their posts and payments, and
    /// one classification look-up per day judged, whatever the number of people.
    /// </summary>
    public async Task<List<RemoteEntitlement>> EntitlementsOfAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        var postings = await db.RemotePostings.AsNoTracking().Where(p => ids.Contains(p.PersonId)).OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var paid = await db.RemotePayments.AsNoTracking().Where(p => ids.Contains(p.PersonId) && p.Kind == RemoteSupportKind.AttractionAllowance).ToListAsync(cancellationToken);
        var periods = await PeriodsAsync(postings, cancellationToken);
        var result = new List<RemoteEntitlement>();
        foreach (var posting in postings)
        {
            foreach (var (from, to, decision, months) in periods[posting.Id])
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
        var entitled = (await EntitledMonthsAsync(posting, cancellationToken)).Contains(first);
        RemoteEntitlementRules.RefuseDouble(kind, first, entitled,
            await db.RemotePayments.AsNoTracking().Where(p => p.PersonId == posting.PersonId).ToListAsync(cancellationToken));
        var payment = new RemotePayment { PostingId = posting.Id, PersonId = posting.PersonId, Kind = kind, Month = first };
        db.RemotePayments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return payment;
    }

    /// <summary>The months of a post (their first days) that are entitled on the dated classification, up to today.</summary>
    public async Task<IReadOnlySet<DateOnly>> EntitledMonthsAsync(RemotePosting posting, CancellationToken cancellationToken) =>
        (await PeriodsAsync([posting], cancellationToken))[posting.Id].SelectMany(p => p.Months).ToHashSet();

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

    /// <summary>Each post's entitled periods, judging every post's month on one classification look-up per distinct day.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<(DateOnly From, DateOnly To, string Decision, IReadOnlyList<DateOnly> Months)>>> PeriodsAsync(
        IReadOnlyList<RemotePosting> postings, CancellationToken cancellationToken)
    {
        var chains = await ChainsAsync(postings.Select(p => p.UnitId), cancellationToken);
        var all = chains.Values.SelectMany(c => c).Distinct().ToList();
        var classedOn = new Dictionary<DateOnly, IReadOnlyDictionary<Guid, AreaClassificationSummary>>();
        var result = new Dictionary<Guid, IReadOnlyList<(DateOnly From, DateOnly To, string Decision, IReadOnlyList<DateOnly> Months)>>();
        foreach (var posting in postings)
        {
            var months = new List<(DateOnly, AreaClassificationSummary?)>();
            foreach (var day in RemoteEntitlementRules.JudgedDays(posting.StartsOn, posting.EndsOn, clock.Today))
            {
                if (!classedOn.TryGetValue(day, out var classed))
                {
                    classed = await units.ClassificationsOnAsync(all, day, cancellationToken);
                    classedOn[day] = classed;
                }

                months.Add((day, RemoteEntitlementRules.Governing(chains[posting.UnitId], classed)));
            }

            result[posting.Id] = RemoteEntitlementRules.Periods(months, posting.EndsOn);
        }

        return result;
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
