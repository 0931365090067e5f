using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.SharedKernel.Events;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Records on the person an honour another module reports, unless the person already holds that honour for that year.</summary>
public sealed class HonourAwardedHandler(RegistryDbContext db, ILogger<HonourAwardedHandler> logger)
    : IntegrationEventHandler<HonourAwarded, RegistryDbContext>
{
    public override async Task HandleAsync(HonourAwarded reported, CancellationToken cancellationToken)
    {
        if (await KeptRecord.FindAsync(db, reported.IntellectualId, cancellationToken) is not { } person)
        {
            logger.LogWarning("An honour was reported for {IntellectualId}, who is not in the Registry; it is not recorded", reported.IntellectualId);
            return;
        }

        var title = reported.Title.Trim();
        if (await db.Honours.AnyAsync(h => h.IntellectualId == person.Id && h.Year == reported.Year && h.Title == title, cancellationToken))
        {
            return;
        }

        db.Honours.Add(new Honour { IntellectualId = person.Id, Year = reported.Year, Title = title, AwardedBy = reported.AwardedBy.Trim() });
    }
}
