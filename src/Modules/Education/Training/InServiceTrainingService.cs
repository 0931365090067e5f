using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Training;

/// <summary>Records, completes and lists in-service training; what the GraphQL fields call.</summary>
public sealed class InServiceTrainingService(EducationDbContext db, RegistryReferences registry, IClock clock)
{
    public async Task<InServiceTraining> RecordAsync(InServiceTrainingInput input, CancellationToken cancellationToken)
    {
        var training = InServiceTrainingRules.New(input, clock.Today);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        db.InServiceTrainings.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return training;
    }

    public async Task<InServiceTraining> CorrectAsync(Guid id, InServiceTrainingInput input, CancellationToken cancellationToken)
    {
        var training = await db.InServiceTrainings.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy khóa bồi dưỡng.");
        InServiceTrainingRules.Correct(training, input, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return training;
    }

    /// <summary>Completes the course and, in the same transaction (the outbox), reports it to the Registry.</summary>
    public async Task<InServiceTraining> CompleteAsync(Guid id, DateOnly completedOn, string? certificate, CancellationToken cancellationToken)
    {
        var training = await db.InServiceTrainings.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy khóa bồi dưỡng.");
        InServiceTrainingRules.Complete(training, completedOn, certificate, clock.Today);
        db.Publish(InServiceTrainingRules.Reported(training));
        await db.SaveChangesAsync(cancellationToken);
        return training;
    }

    /// <summary>The filtered courses, the latest start first, then id, so that pages never skip or repeat a row.</summary>
    public IQueryable<InServiceTraining> Query(InServiceTrainingFilter? filter)
    {
        var query = db.InServiceTrainings.AsNoTracking();
        if (filter?.PersonId is { } person)
        {
            query = query.Where(t => t.PersonId == person);
        }

        if (filter?.Completed is { } completed)
        {
            query = completed ? query.Where(t => t.CompletedOn != null) : query.Where(t => t.CompletedOn == null);
        }

        if (VietnameseText.Fold(filter?.Search) is { Length: > 0 } search)
        {
            query = query.Where(t => t.SearchTitle.Contains(search));
        }

        return query.OrderByDescending(t => t.StartedOn).ThenBy(t => t.Id);
    }
}
