using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// Records a degree another module reports, checked by the same rules as <c>addQualification</c>, unless the person
/// already holds that degree in that field and year. A report the rules refuse is logged and left out: delivering it
/// again would not make it valid.
/// </summary>
public sealed class QualificationObtainedHandler(RegistryDbContext db, IClock clock, ILogger<QualificationObtainedHandler> logger)
    : ReportedRecordHandler<QualificationObtained>(db, logger)
{
    protected override Guid PersonOf(QualificationObtained reported) => reported.IntellectualId;

    protected override async Task RecordAsync(Intellectual person, QualificationObtained reported, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Degree>(reported.Degree, ignoreCase: true, out var degree) || !Enum.IsDefined(degree))
        {
            Logger.LogWarning("A degree {Degree} was reported for {IntellectualId}; it is not one the Registry knows, so it is not recorded", reported.Degree, person.Id);
            return;
        }

        var input = new QualificationInput
        {
            Degree = degree, Field = reported.Field, Institution = reported.Institution, Country = reported.Country, Year = reported.Year,
        };
        if (Checked(() => CareerRules.NewQualification(person, input, clock.Today), person) is { } qualification
            && !await Db.Qualifications.AnyAsync(q => q.IntellectualId == person.Id && q.Degree == degree && q.Field == qualification.Field && q.Year == reported.Year, cancellationToken))
        {
            Db.Qualifications.Add(qualification);
        }
    }
}
