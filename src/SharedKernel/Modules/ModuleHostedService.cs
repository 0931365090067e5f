using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// A module's background service, started only if the host still runs the module when it starts its services
/// (<see cref="IRunningModules"/>): a module skipped during start-up leaves no background work behind.
/// </summary>
internal sealed class ModuleHostedService(string moduleName, IServiceProvider services, ServiceDescriptor registration) : IHostedService, IAsyncDisposable
{
    private IHostedService? _inner;
    private bool _ownsInner;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IRunningModules>()?.IsRunning(moduleName) == false)
        {
            return Task.CompletedTask;
        }

        _ownsInner = registration.ImplementationInstance is null;
        _inner = registration switch
        {
            { ImplementationInstance: IHostedService instance } => instance,
            { ImplementationFactory: { } factory } => (IHostedService)factory(services),
            _ => (IHostedService)ActivatorUtilities.CreateInstance(services, registration.ImplementationType!),
        };
        return _inner.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _inner?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>The service this wrapper made is disposed with it, as the container would have disposed it.</summary>
    public async ValueTask DisposeAsync()
    {
        switch (_ownsInner ? _inner : null)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>Wraps every background service a module registered.</summary>
    public static void GuardAll(IServiceCollection services, string moduleName)
    {
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is { ServiceType: var type, IsKeyedService: false } registration && type == typeof(IHostedService))
            {
                services[i] = ServiceDescriptor.Singleton<IHostedService>(provider => new ModuleHostedService(moduleName, provider, registration));
            }
        }
    }
}
