using TriThuc.Modules.Talent.Data;

namespace TriThuc.Modules.Talent.Privacy;

/// <summary>The Talent module's part of a person's data export (the right of access): the attraction cases they were recruited under, with amounts and reasons.</summary>
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
        return cases.Count == 0 ? null : new { attractionCases = cases };
    }
}
