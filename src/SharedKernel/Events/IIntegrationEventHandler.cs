namespace TriThuc.SharedKernel.Events;

/// <summary>
/// The host-facing side of an event handler. Modules derive from
/// <see cref="IntegrationEventHandler{TEvent, TDbContext}"/> instead of implementing this.
/// </summary>
public interface IIntegrationEventHandler
{
    Type EventType { get; }

    /// <summary>The handler's module database, which holds its inbox.</summary>
    Type InboxDbContextType { get; }

    /// <summary>A name that stays the same across releases; the inbox remembers handled events by it.</summary>
    string HandlerKey { get; }

    Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
