using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Fund;

/// <summary>The fund's lists, each ordered by a unique key for stable paging, and its capital by source.</summary>
public sealed class FundQueryService(ScienceDbContext db, IClock clock)
{
    public IQueryable<FundCall> Calls(FundCallFilter? filter, FundCallOrder order = FundCallOrder.OpensOnDescending)
    {
        var query = db.FundCalls.AsNoTracking();
        var today = clock.Today;
        query = filter?.Status switch
        {
            FundCallStatus.Upcoming => query.Where(c => c.OpensOn > today),
            FundCallStatus.Open => query.Where(c => c.OpensOn <= today && c.ClosesOn >= today),
            FundCallStatus.Closed => query.Where(c => c.ClosesOn < today),
            _ => query,
        };

        if (filter?.Year is { } year)
        {
            var (first, last) = Require.Year(year, "year");
            query = query.Where(c => c.OpensOn <= last && c.ClosesOn >= first);
        }

        if (filter?.Search?.Trim().ToLowerInvariant() is { Length: > 0 } search)
        {
            query = query.Where(c => c.Code.ToLower().Contains(search));
        }

        return order == FundCallOrder.CodeAscending
            ? query.OrderBy(c => c.Code).ThenBy(c => c.Id)
            : query.OrderByDescending(c => c.OpensOn).ThenBy(c => c.Id);
    }

    public IQueryable<CapitalContribution> Contributions(FundContributionFilter? filter, FundContributionOrder order = FundContributionOrder.ReceivedOnDescending) =>
        order == FundContributionOrder.AmountDescending
            ? Filtered(filter).OrderByDescending(c => c.Amount).ThenBy(c => c.Id)
            : Filtered(filter).OrderByDescending(c => c.ReceivedOn).ThenBy(c => c.Id);

    /// <summary>The capital received per source, summed by the database; sources with nothing received are absent.</summary>
    public async Task<List<FundCapitalBySource>> CapitalBySourceAsync(FundContributionFilter? filter, CancellationToken cancellationToken)
    {
        var totals = await Filtered(filter).GroupBy(c => c.Source)
            .Select(g => new { Source = g.Key, Amount = g.Sum(c => c.Amount), Contributions = g.Count() })
            .ToListAsync(cancellationToken);
        return totals.OrderBy(t => t.Source).Select(t => new FundCapitalBySource(t.Source, t.Amount, t.Contributions)).ToList();
    }

    public IQueryable<FundApplication> Applications(FundApplicationFilter? filter, FundApplicationOrder order = FundApplicationOrder.SubmittedOnAscending)
    {
        var query = db.FundApplications.AsNoTracking();
        if (filter?.CallId is { } call)
        {
            query = query.Where(a => a.CallId == call);
        }

        if (filter?.Status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        return order == FundApplicationOrder.RequestedAmountDescending
            ? query.OrderByDescending(a => a.RequestedAmount).ThenBy(a => a.Id)
            : query.OrderBy(a => a.SubmittedOn).ThenBy(a => a.Id);
    }

    public IQueryable<Grant> Grants(FundGrantFilter? filter, FundGrantOrder order = FundGrantOrder.AwardedOnAscending)
    {
        var query = db.Grants.AsNoTracking();
        if (filter?.CallId is { } call)
        {
            query = query.Where(g => g.CallId == call);
        }

        if (filter?.Year is { } awardedIn)
        {
            var (first, last) = Require.Year(awardedIn, "year");
            query = query.Where(g => g.AwardedOn >= first && g.AwardedOn <= last);
        }

        return order == FundGrantOrder.AmountDescending
            ? query.OrderByDescending(g => g.Amount).ThenBy(g => g.Id)
            : query.OrderBy(g => g.AwardedOn).ThenBy(g => g.Id);
    }

    private IQueryable<CapitalContribution> Filtered(FundContributionFilter? filter)
    {
        var query = db.Contributions.AsNoTracking();
        if (filter?.Source is { } source)
        {
            query = query.Where(c => c.Source == source);
        }

        if (filter?.From is { } from)
        {
            query = query.Where(c => c.ReceivedOn >= from);
        }

        if (filter?.To is { } to)
        {
            query = query.Where(c => c.ReceivedOn <= to);
        }

        return query;
    }
}
