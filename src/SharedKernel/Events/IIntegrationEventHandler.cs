namespace TriThuc.SharedKernel.Events;

/// <summary>
/// The host-facing side of an event handler. Modules derive from
/// <see cref="IntegrationEventHandler{TEvent, TDbContext}"/> instead of implementing this.
/// </summary>
public interface IIntegrationEventHandler
{
    Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
