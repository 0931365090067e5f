using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Records an honour another module reports, unless the person already holds that honour for that year.</summary>
public sealed class HonourAwardedHandler(RegistryDbContext db, ILogger<HonourAwardedHandler> logger)
    : ReportedRecordHandler<HonourAwarded>(db, logger)
{
    protected override Guid PersonOf(HonourAwarded reported) => reported.IntellectualId;

    protected override async Task RecordAsync(Intellectual person, HonourAwarded reported, CancellationToken cancellationToken)
    {
        var title = reported.Title.Trim();
        if (!await Db.Honours.AnyAsync(h => h.IntellectualId == person.Id && h.Year == reported.Year && h.Title == title, cancellationToken))
        {
            Db.Honours.Add(new Honour { IntellectualId = person.Id, Year = reported.Year, Title = title, AwardedBy = reported.AwardedBy.Trim() });
        }
    }
}
