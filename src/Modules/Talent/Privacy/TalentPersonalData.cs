using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Privacy;

/// <summary>The Talent module's part of a person's data export (the right of access): the attraction cases they were recruited under (amounts and reasons included), their posts, the remote-area support paid, their nominations in the honours round (achievements and evidence), their seats on its councils and removals from them (day and reason), and the experts from abroad an editor linked to them, with their engagements.</summary>
public sealed class TalentPersonalData(TalentDbContext db) : IPersonalDataContributor
{
    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(personId, out var id))
        {
            return null;
        }

        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.PersonId == id)
            .OrderBy(c => c.AppliedOn)
            .Select(c => new
            {
                c.Id, c.PolicyId, c.ApplicantName, c.BirthDate, c.Degree, c.FieldCode, c.AppliedOn, c.Status, c.PostUnitId, c.OneOffAmount,
                c.CommitmentStartsOn, c.CommitmentEndsOn, c.EndedOn, c.BrokenReason, c.RefundAmount,
            })
            .ToListAsync(cancellationToken);
        var remotePostings = await db.RemotePostings.AsNoTracking().Where(p => p.PersonId == id).OrderBy(p => p.StartsOn)
            .Select(p => new { p.Id, p.UnitId, p.Decision, p.StartsOn, p.EndsOn }).ToListAsync(cancellationToken);
        var remotePayments = await db.RemotePayments.AsNoTracking().Where(p => p.PersonId == id).OrderBy(p => p.Month)
            .Select(p => new { p.PostingId, p.Kind, p.Month }).ToListAsync(cancellationToken);
        var honourNominations = await db.HonourNominations.AsNoTracking().Include(n => n.Achievements).Include(n => n.Evidence).AsSplitQuery()
            .Where(n => n.IntellectualId == id).OrderBy(n => n.NominatedAt)
            .Select(n => new
            {
                n.Id, n.RoundId, n.NominatingUnitId, n.NominatedAt, n.Status, n.FailedCriteria, n.YearsOfWork,
                Achievements = n.Achievements.Select(a => new { a.Title, a.Year, a.Kind }).ToList(),
                Evidence = n.Evidence.Select(e => new { e.FileName, e.Sha256, e.Description }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var honourCouncilSeats = await db.HonourCouncilSeats.AsNoTracking().Where(s => s.IntellectualId == id)
            .Select(s => new { s.Id, s.RoundId, s.Role }).ToListAsync(cancellationToken);
        var honourCouncilRemovals = await db.HonourSeatRemovals.AsNoTracking().Where(r => r.IntellectualId == id).OrderBy(r => r.RemovedOn)
            .Select(r => new { r.RoundId, r.Role, r.RemovedOn, r.Reason, r.ScoresRemoved }).ToListAsync(cancellationToken);
        var experts = await db.Experts.AsNoTracking().Where(e => e.IntellectualId == id).OrderBy(e => e.SearchTitle).ThenBy(e => e.Id)
            .AsSplitQuery()
            .Select(e => new
            {
                e.Id, FullName = e.Title, e.Origin, e.Country, e.FieldCode, e.Organisation,
                Engagements = e.Engagements.OrderBy(g => g.StartsOn).ThenBy(g => g.Id).Select(g => new
                {
                    g.Id, g.HostUnitId, g.Purpose, g.StartsOn, g.EndsOn, g.ApprovalNumber, g.ApprovedOn,
                    Work = g.Work.OrderBy(w => w.Kind).ThenBy(w => w.TargetId).Select(w => new { w.Kind, w.TargetId }).ToList(),
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return cases.Count + remotePostings.Count + remotePayments.Count + honourNominations.Count + honourCouncilSeats.Count + honourCouncilRemovals.Count + experts.Count == 0
            ? null
            : new { attractionCases = cases, remotePostings, remotePayments, honourNominations, honourCouncilSeats, honourCouncilRemovals, experts };
    }
}
