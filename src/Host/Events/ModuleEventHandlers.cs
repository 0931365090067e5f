using TriThuc.SharedKernel.Events;

namespace TriThuc.Host.Events;

/// <summary>The event handlers of the modules this host runs; a module skipped after a late failure drops out.</summary>
internal sealed class ModuleEventHandlers(ModuleCatalog catalog) : IIntegrationEventHandlerSource
{
    private readonly Lazy<IReadOnlyList<IntegrationEventHandlerDescriptor>> _all = new(() =>
        catalog.Modules.SelectMany(m => IntegrationEventHandlerDescriptor.DiscoverIn(m.Definition.GetType().Assembly)).ToList());

    public IReadOnlyList<IntegrationEventHandlerDescriptor> Handlers => _all.Value.Where(h => catalog.IsActive(h.HandlerType)).ToList();
}
