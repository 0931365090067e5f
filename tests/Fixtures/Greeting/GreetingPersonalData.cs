using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Privacy;

namespace TriThuc.Fixtures.Greeting;

/// <summary>The Greeting module's part of a person's data export: the greetings the person sent.</summary>
public sealed class GreetingPersonalData(GreetingDbContext db) : IPersonalDataContributor
{
    public async Task<object?> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        var sent = await db.Greetings.AsNoTracking().Where(g => g.CreatedBy == personId)
            .OrderBy(g => g.CreatedAt).Select(g => new { g.Id, g.Text, g.CreatedAt }).ToListAsync(cancellationToken);
        return sent.Count == 0 ? null : new { greetingsSent = sent };
    }
}
