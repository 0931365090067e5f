using TriThuc.Modules.Health.Data;

namespace TriThuc.Modules.Health.Privacy;

/// <summary>The module's part of a person's data export (the right of access): every record it keeps about them.</summary>
public sealed class HealthPersonalData(HealthDbContext db) : IPersonalDataContributor
{
    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(personId, out var id))
        {
            return null;
        }

        var licences = (await db.Licences.AsNoTracking().Include(l => l.Decisions).Include(l => l.Renewals).AsSplitQuery()
                .Where(l => l.HolderId == id).OrderBy(l => l.IssuedOn).ToListAsync(cancellationToken))
            .Select(l => new
            {
                l.Id, l.Number, Title = l.Title.ToString(), l.Scope, l.Issuer, l.IssuedOn, l.ExpiresOn,
                Decisions = l.Decisions.OrderBy(d => d.DecidedOn).Select(d => new { Kind = d.Kind.ToString(), d.Number, d.DecidedOn, d.Reason }),
                Renewals = l.Renewals.OrderBy(r => r.FiledOn).Select(r => new { r.FiledOn, r.PreviousExpiry, r.NewExpiry, r.CmeHours }),
            })
            .ToList();
        return licences.Count == 0 ? null : new { licences };
    }
}
