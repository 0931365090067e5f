using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.SharedKernel.Events;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Records on the person a degree another module reports, unless the person already holds that degree in that field and year.</summary>
public sealed class QualificationObtainedHandler(RegistryDbContext db, ILogger<QualificationObtainedHandler> logger)
    : IntegrationEventHandler<QualificationObtained, RegistryDbContext>
{
    public override async Task HandleAsync(QualificationObtained reported, CancellationToken cancellationToken)
    {
        if (await KeptRecord.FindAsync(db, reported.IntellectualId, cancellationToken) is not { } person
            || !Enum.TryParse<Degree>(reported.Degree, ignoreCase: true, out var degree))
        {
            logger.LogWarning("A degree {Degree} was reported for {IntellectualId}, who is not in the Registry or whose degree is unknown; it is not recorded",
                reported.Degree, reported.IntellectualId);
            return;
        }

        var field = reported.Field.Trim();
        if (await db.Qualifications.AnyAsync(q => q.IntellectualId == person.Id && q.Degree == degree && q.Field == field && q.Year == reported.Year, cancellationToken))
        {
            return;
        }

        db.Qualifications.Add(new Qualification
        {
            IntellectualId = person.Id,
            Degree = degree,
            Field = field,
            Institution = reported.Institution,
            Country = reported.Country,
            Year = reported.Year,
        });
    }
}
