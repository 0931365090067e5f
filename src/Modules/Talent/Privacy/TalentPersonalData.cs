using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Privacy;

/// <summary>The Talent module's part of a person's data export (the right of access): the attraction cases they were recruited under (amounts and reasons included), their posts and the remote-area support paid.</summary>
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
        return cases.Count + remotePostings.Count + remotePayments.Count == 0 ? null : new { attractionCases = cases, remotePostings, remotePayments };
    }
}
