using TriThuc.Modules.Health.Data;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Education;

/// <summary>
/// Records and completes activities of continuing education, and lists them; what the GraphQL fields call. A
/// completion is reported to the Registry in the same transaction (the outbox), so it is never lost nor sent twice.
/// </summary>
public sealed class CmeService(HealthDbContext db, RegistryReferences registry, IClock clock)
{
    public async Task<CmeActivity> RecordAsync(CmeInput input, CancellationToken cancellationToken)
    {
        var activity = CmeRules.New(input, clock.Today);
        await registry.RequirePeopleAsync([input.PersonId], "personId", cancellationToken);
        await RequireNewCertificateAsync(activity.Certificate, cancellationToken);
        db.CmeActivities.Add(activity);
        if (activity.CompletedOn is not null)
        {
            db.Publish(CmeRules.Reported(activity));
        }

        await SaveAsync(cancellationToken);
        return activity;
    }

    public async Task<CmeActivity> CompleteAsync(Guid id, DateOnly completedOn, string? certificate, CancellationToken cancellationToken)
    {
        var activity = await db.CmeActivities.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound("Không tìm thấy hoạt động đào tạo liên tục.");
        var before = activity.Certificate;
        CmeRules.Complete(activity, completedOn, certificate, clock.Today);
        if (activity.Certificate != before)
        {
            await RequireNewCertificateAsync(activity.Certificate, cancellationToken);
        }

        db.Publish(CmeRules.Reported(activity));
        await SaveAsync(cancellationToken);
        return activity;
    }

    /// <summary>The hours a person completed from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public async Task<int> HoursAsync(Guid personId, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await db.CmeActivities.Where(a => a.PersonId == personId && a.CompletedOn >= first && a.CompletedOn <= last).SumAsync(a => a.Hours, cancellationToken);

    /// <summary>The filtered activities, the latest start first, so that pages never skip or repeat a row.</summary>
    public IQueryable<CmeActivity> Query(CmeFilter? filter)
    {
        var query = db.CmeActivities.AsNoTracking();
        if (filter?.PersonId is { } person)
        {
            query = query.Where(a => a.PersonId == person);
        }

        if (filter?.Completed is { } completed)
        {
            query = completed ? query.Where(a => a.CompletedOn != null) : query.Where(a => a.CompletedOn == null);
        }

        if (filter?.CompletedFrom is { } from)
        {
            query = query.Where(a => a.CompletedOn >= from);
        }

        if (filter?.CompletedTo is { } to)
        {
            query = query.Where(a => a.CompletedOn <= to);
        }

        return query.OrderByDescending(a => a.StartedOn).ThenBy(a => a.Id);
    }

    private async Task RequireNewCertificateAsync(string? certificate, CancellationToken cancellationToken)
    {
        if (certificate is not null && await db.CmeActivities.AnyAsync(a => a.Certificate == certificate, cancellationToken))
        {
            throw DomainException.Conflict($"Chứng chỉ số {certificate} đã được ghi nhận.", "certificate");
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            throw DomainException.Conflict("Chứng chỉ này vừa được ghi nhận; hãy tải lại.", "certificate");
        }
    }
}
