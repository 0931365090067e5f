using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Events;

/// <summary>
/// Delivers the integration events waiting in one module's outbox to every handler of every module.
/// A message is marked processed only after all its handlers have committed; a handler's commit
/// includes its inbox row, so a message delivered again after a crash is skipped by the handlers
/// that already saw it. Delivery is therefore at-least-once, and handling exactly-once.
///
/// With several hosts on one PostgreSQL database, each message is claimed by one host at a time
/// (<c>FOR UPDATE SKIP LOCKED</c>), so it is delivered once, not raced.
///
/// An event is delivered to the handlers of the modules running when it is dispatched; a module
/// installed or switched on later does not receive the events published before (no replay).
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IIntegrationEventHandlerSource handlers,
    IClock clock,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 100;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>Delivers one batch of due messages from the outbox of <paramref name="publisherDbContext"/>; returns how many were completed.</summary>
    public async Task<int> DispatchAsync(Type publisherDbContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outboxDb = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisherDbContext);
        var shared = outboxDb.Database.IsNpgsql();
        // Beginning and committing take no token: a host stopping between them must not leave EF Core logging a failed
        // transaction as an error, nor roll back deliveries already made; the stop is noticed before and between messages.
        cancellationToken.ThrowIfCancellationRequested();
        await using var claim = shared ? await outboxDb.Database.BeginTransactionAsync(CancellationToken.None) : null;
        var due = await DueAsync(outboxDb, shared, clock.Now, cancellationToken);

        var completed = 0;
        foreach (var message in due)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.ProcessedAt = clock.Now;
                message.LastError = null;
                completed++;
                OutboxMetrics.Lag.Record((message.ProcessedAt.Value - message.OccurredAt).TotalSeconds, new KeyValuePair<string, object?>("event", message.Type));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                OutboxMetrics.Failures.Add(1, new KeyValuePair<string, object?>("event", message.Type));
                var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.Attempts), MaxRetryDelay.TotalSeconds));
                message.NextAttemptAt = clock.Now + delay;
                message.LastError = ex.Message;
                logger.LogError(ex, "Integration event {EventType} {EventId} failed (attempt {Attempts}); retrying in {Delay}",
                    message.Type, message.Id, message.Attempts, delay);
            }

            await outboxDb.SaveChangesAsync(cancellationToken);
        }

        if (claim is not null)
        {
            await claim.CommitAsync(CancellationToken.None);
        }

        return completed;
    }

    /// <summary>
    /// The batch this host delivers now. On PostgreSQL, where several hosts share the outbox, the rows are
    /// locked until the batch commits and rows another host holds are skipped, so no two hosts deliver one
    /// message at once. SQLite has a single writer and is served by a single host.
    /// </summary>
    private static Task<List<OutboxMessage>> DueAsync(ModuleDbContext db, bool shared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = shared
            ? db.OutboxMessages.FromSqlInterpolated(
                $"""
                SELECT * FROM "OutboxMessages"
                WHERE "ProcessedAt" IS NULL AND ("NextAttemptAt" IS NULL OR "NextAttemptAt" <= {now})
                ORDER BY "OccurredAt"
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            : db.OutboxMessages
                .Where(m => m.ProcessedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.OccurredAt)
                .Take(BatchSize);
        return query.ToListAsync(cancellationToken);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers.Handlers.Where(h => h.EventType.FullName == message.Type))
        {
            await DeliverToHandlerAsync(message, handler, cancellationToken);
        }
    }

    private async Task DeliverToHandlerAsync(OutboxMessage message, IntegrationEventHandlerDescriptor descriptor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var inboxDb = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(descriptor.InboxDbContextType);

        cancellationToken.ThrowIfCancellationRequested();
        await using var transaction = await inboxDb.Database.BeginTransactionAsync(CancellationToken.None); // see DispatchAsync
        var alreadyHandled = await inboxDb.InboxMessages
            .AnyAsync(i => i.EventId == message.Id && i.HandlerKey == descriptor.Key, cancellationToken);
        if (alreadyHandled)
        {
            return;
        }

        var integrationEvent = (IntegrationEvent)(JsonSerializer.Deserialize(message.Payload, descriptor.EventType)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload."));
        var handler = (IIntegrationEventHandler)scope.ServiceProvider.GetRequiredService(descriptor.HandlerType);
        await handler.HandleAsync(integrationEvent, cancellationToken);
        inboxDb.InboxMessages.Add(new InboxMessage { EventId = message.Id, HandlerKey = descriptor.Key, ProcessedAt = clock.Now });
        await inboxDb.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
    }
}
