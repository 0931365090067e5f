using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Records a degree another module reports, unless the person already holds that degree in that field and year.</summary>
public sealed class QualificationObtainedHandler(RegistryDbContext db, ILogger<QualificationObtainedHandler> logger)
    : ReportedRecordHandler<QualificationObtained>(db, logger)
{
    protected override Guid PersonOf(QualificationObtained reported) => reported.IntellectualId;

    protected override async Task RecordAsync(Intellectual person, QualificationObtained reported, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Degree>(reported.Degree, ignoreCase: true, out var degree))
        {
            Logger.LogWarning("A degree {Degree} was reported for {IntellectualId}; it is not one the Registry knows, so it is not recorded", reported.Degree, person.Id);
            return;
        }

        var field = reported.Field.Trim();
        if (!await Db.Qualifications.AnyAsync(q => q.IntellectualId == person.Id && q.Degree == degree && q.Field == field && q.Year == reported.Year, cancellationToken))
        {
            Db.Qualifications.Add(new Qualification
            {
                IntellectualId = person.Id, Degree = degree, Field = field, Institution = reported.Institution, Country = reported.Country, Year = reported.Year,
            });
        }
    }
}
