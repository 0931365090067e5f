namespace TriThuc.SharedKernel.Events;

/// <summary>The handlers that may receive events now: those of the modules running in this host.</summary>
public interface IIntegrationEventHandlerSource
{
    IReadOnlyList<IntegrationEventHandlerDescriptor> Handlers { get; }
}
