using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// Records an honour another module reports, checked by the same rules as <c>addHonour</c>, unless the person already
/// holds that honour for that year. A report the rules refuse is logged and left out.
/// </summary>
public sealed class HonourAwardedHandler(RegistryDbContext db, IClock clock, ILogger<HonourAwardedHandler> logger)
    : ReportedRecordHandler<HonourAwarded>(db, logger)
{
    protected override Guid PersonOf(HonourAwarded reported) => reported.IntellectualId;

    protected override async Task RecordAsync(Intellectual person, HonourAwarded reported, CancellationToken cancellationToken)
    {
        var input = new HonourInput { Year = reported.Year, Title = reported.Title, AwardedBy = reported.AwardedBy };
        if (Checked(() => CareerRules.NewHonour(person, input, clock.Today), person) is { } honour
            && !await Db.Honours.AnyAsync(h => h.IntellectualId == person.Id && h.Year == honour.Year && h.Title == honour.Title, cancellationToken))
        {
            Db.Honours.Add(honour);
        }
    }
}
