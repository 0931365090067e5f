using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Records a training another module reports (a university course passed, a doctor's continuing education).</summary>
public sealed class TrainingCompletedHandler(RegistryDbContext db, ILogger<TrainingCompletedHandler> logger)
    : ReportedRecordHandler<TrainingCompleted>(db, logger)
{
    protected override Guid PersonOf(TrainingCompleted reported) => reported.IntellectualId;

    protected override Task RecordAsync(Intellectual person, TrainingCompleted reported, CancellationToken cancellationToken)
    {
        Db.Trainings.Add(new Training
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
        return Task.CompletedTask;
    }
}
