using TriThuc.SharedKernel.Data;

namespace TriThuc.SharedKernel.Events;

/// <summary>
/// Handles one event type inside the handler's own module database. The dispatcher opens a
/// transaction on <typeparamref name="TDbContext"/>, calls <see cref="HandleAsync(TEvent, CancellationToken)"/>,
/// records the event in that database's inbox and commits: the handler's changes and the inbox
/// row land together, so a redelivered event is recognised and skipped. The inbox knows the handler
/// by its class's full name: renaming the class makes it a new handler.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TDbContext> : IIntegrationEventHandler
    where TEvent : IntegrationEvent
    where TDbContext : ModuleDbContext
{
    /// <summary>Make the changes on the injected <typeparamref name="TDbContext"/>; saving is optional, committing is the dispatcher's.</summary>
    public abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    Task IIntegrationEventHandler.HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync((TEvent)integrationEvent, cancellationToken);
}
