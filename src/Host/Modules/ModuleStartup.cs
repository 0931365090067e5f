using Autofac;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriThuc.Host.GraphQL;
using TriThuc.Host.Imports;

namespace TriThuc.Host.Modules;

/// <summary>
/// The one owner of a module's start-up, in order: loaded and its dependencies checked (<see cref="PluginLoader"/>),
/// its services registered, its database migrated, its GraphQL contribution composed, then its HTTP routes mapped.
/// Every step reports a failure through the one policy (<c>TriThuc:Plugins:OnLoadFailure</c>); a module skipped at
/// any step, and every module that depends on it, leaves nothing behind: no GraphQL field, route, health check,
/// event handler, indicator, importer or background service.
/// </summary>
internal sealed class ModuleStartup(ModuleCatalog catalog, PluginLoader loader)
{
    private readonly Dictionary<string, List<HealthCheckRegistration>> _healthChecks = new(StringComparer.Ordinal);

    /// <summary>Registers each loaded module's services in the host's container, once.</summary>
    public void Register(ContainerBuilder container)
    {
        foreach (var module in catalog.Modules)
        {
            container.RegisterModule(module.Services);
        }
    }

    /// <summary>Adds each module's own health checks, remembering whose they are.</summary>
    public void AddHealthChecks(IHealthChecksBuilder healthChecks)
    {
        foreach (var module in catalog.Modules)
        {
            var recording = new RecordingHealthChecks(healthChecks);
            module.Definition.ConfigureHealthChecks(recording, module.Context);
            _healthChecks[module.Name] = recording.Added;
        }
    }

    /// <summary>Migrates, composes and maps the modules that are still running; call once, before the host serves.</summary>
    public async Task StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<ModuleDatabaseInitializer>().InitializeAsync(Report, cancellationToken);
        _ = app.Services.GetRequiredService<ComposedSchema>().Value;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Two modules claiming one indicator code is a deployment error: stop now, naming both.
            _ = scope.ServiceProvider.GetRequiredService<Indicators.IndicatorService>().All;
        }

        foreach (var module in catalog.Modules)
        {
            var routes = app.MapGroup("/api/" + module.Name.ToLowerInvariant());
            routes.RequireCors(Configuration.CorsOptions.PolicyName);
            module.Definition.MapEndpoints(routes);
            ModuleImports.Map(routes, module);
        }

        var registrations = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        foreach (var registration in _healthChecks.Where(h => !catalog.IsRunning(h.Key)).SelectMany(h => h.Value))
        {
            registrations.Remove(registration);
        }
    }

    private void Report(LoadedModule module, ModuleLoadException failure) => loader.Report(catalog, failure, module);

    /// <summary>A module's view of the health-checks builder, noting each check it adds (the registration itself, not its name, which another module may share).</summary>
    private sealed class RecordingHealthChecks(IHealthChecksBuilder inner) : IHealthChecksBuilder
    {
        public List<HealthCheckRegistration> Added { get; } = [];

        public IServiceCollection Services => inner.Services;

        public IHealthChecksBuilder Add(HealthCheckRegistration registration)
        {
            Added.Add(registration);
            return inner.Add(registration);
        }
    }
}
