using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Fund;

/// <summary>The fund's lists, each ordered by a unique key for stable paging.</summary>
public sealed class FundQueryService(ScienceDbContext db)
{
    public IQueryable<FundCall> Calls() =>
        db.FundCalls.AsNoTracking().OrderByDescending(c => c.OpensOn).ThenBy(c => c.Id);

    public IQueryable<FundApplication> Applications(Guid? callId, FundApplicationStatus? status)
    {
        var query = db.FundApplications.AsNoTracking();
        if (callId is { } call)
        {
            query = query.Where(a => a.CallId == call);
        }

        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        return query.OrderBy(a => a.SubmittedOn).ThenBy(a => a.Id);
    }

    public IQueryable<Grant> Grants(Guid? callId, int? year)
    {
        var query = db.Grants.AsNoTracking();
        if (callId is { } call)
        {
            query = query.Where(g => g.CallId == call);
        }

        if (year is { } awardedIn)
        {
            var first = new DateOnly(awardedIn, 1, 1);
            var last = new DateOnly(awardedIn, 12, 31);
            query = query.Where(g => g.AwardedOn >= first && g.AwardedOn <= last);
        }

        return query.OrderBy(g => g.AwardedOn).ThenBy(g => g.Id);
    }
}
