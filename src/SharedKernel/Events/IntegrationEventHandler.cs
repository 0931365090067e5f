using TriThuc.SharedKernel.Data;

namespace TriThuc.SharedKernel.Events;

/// <summary>
/// Handles one event type inside the handler's own module database. The dispatcher opens a
/// transaction on <typeparamref name="TDbContext"/>, calls <see cref="HandleAsync(TEvent, CancellationToken)"/>,
/// records the event in that database's inbox and commits: the handler's changes and the inbox
/// row land together, so a redelivered event is recognised and skipped.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TDbContext> : IIntegrationEventHandler
    where TEvent : IntegrationEvent
    where TDbContext : ModuleDbContext
{
    public Type EventType => typeof(TEvent);

    public Type InboxDbContextType => typeof(TDbContext);

    public virtual string HandlerKey => GetType().FullName!;

    /// <summary>Make the changes on the injected <typeparamref name="TDbContext"/>; saving is optional, committing is the dispatcher's.</summary>
    public abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    Task IIntegrationEventHandler.HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync((TEvent)integrationEvent, cancellationToken);
}
