using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;
using TriThuc.SharedKernel.Events;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Records on the person a training another module reports; a person merged since is followed to the record kept.</summary>
public sealed class TrainingCompletedHandler(RegistryDbContext db, ILogger<TrainingCompletedHandler> logger)
    : IntegrationEventHandler<TrainingCompleted, RegistryDbContext>
{
    public override async Task HandleAsync(TrainingCompleted reported, CancellationToken cancellationToken)
    {
        if (await KeptRecord.FindAsync(db, reported.IntellectualId, cancellationToken) is not { } person)
        {
            logger.LogWarning("A training was reported for {IntellectualId}, who is not in the Registry; it is not recorded", reported.IntellectualId);
            return;
        }

        db.Trainings.Add(new Training
        {
            IntellectualId = person.Id,
            Kind = Enum.TryParse<TrainingKind>(reported.Kind, ignoreCase: true, out var kind) ? kind : TrainingKind.Professional,
            Title = reported.Title,
            Provider = reported.Provider,
            StartDate = reported.StartDate,
            EndDate = reported.EndDate < reported.StartDate ? reported.StartDate : reported.EndDate,
            Hours = Math.Clamp(reported.Hours, 1, 5_000),
            Certificate = reported.Certificate,
        });
    }
}
