using Autofac;
using Autofac.Extensions.DependencyInjection;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Experts;
using TriThuc.SharedKernel.Imports;
using TriThuc.SharedKernel.Indicators;
using TriThuc.SharedKernel.Privacy;

namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// The default service registration of a module, as an Autofac module. Scrutor scans the module's
/// own assembly: GraphQL types become singletons (the schema is built once); integration-event
/// handlers, personal-data contributors, file importers, indicator sources, expert-evidence and conflict sources and classes named *Service or *Loaders
/// become scoped; the module's DbContext is registered on its database. Then the module adds what conventions miss.
/// Its background services start only if the module is still running when the host starts (<see cref="ModuleHostedService"/>).
/// </summary>
public sealed class ConventionServicesModule(ModuleDefinition module, ModuleContext context) : Autofac.Module
{
    private static readonly System.Reflection.MethodInfo AddModuleDbContext =
        typeof(Data.ModuleDatabaseServiceCollectionExtensions).GetMethod(nameof(Data.ModuleDatabaseServiceCollectionExtensions.AddModuleDbContext))!;

    private readonly Lazy<ServiceCollection> _services = new(() => Describe(module, context));

    /// <summary>Adds the module's services to a container; they are described once, however many containers the host builds.</summary>
    protected override void Load(ContainerBuilder builder) => builder.Populate(_services.Value);

    private static ServiceCollection Describe(ModuleDefinition module, ModuleContext context)
    {
        var services = new ServiceCollection();
        services.Scan(scan => scan.FromAssemblies(module.GetType().Assembly)
            .AddClasses(c => c.AssignableTo<IGraphType>(), publicOnly: false)
                .AsSelf().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<IIntegrationEventHandler>(), publicOnly: false)
                .AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IPersonalDataContributor>(), publicOnly: false)
                .As<IPersonalDataContributor>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IFileImporter>(), publicOnly: false)
                .As<IFileImporter>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IIndicatorSource>(), publicOnly: false)
                .As<IIndicatorSource>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IExpertEvidenceSource>(), publicOnly: false)
                .As<IExpertEvidenceSource>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IConflictOfInterestSource>(), publicOnly: false)
                .As<IConflictOfInterestSource>().WithScopedLifetime()
            .AddClasses(c => c.Where(t => t.Name.EndsWith("Service", StringComparison.Ordinal)), publicOnly: false)
                .AsSelfWithInterfaces().WithScopedLifetime()
            .AddClasses(c => c.Where(t => t.Name.EndsWith("Loaders", StringComparison.Ordinal)), publicOnly: false)
                .AsSelfWithInterfaces().WithScopedLifetime());
        module.ConfigureServices(services, context);
        if (module.DbContextType is { } dbContext && services.All(s => s.ServiceType != dbContext))
        {
            AddModuleDbContext.MakeGenericMethod(dbContext).Invoke(null, [services, context]);
        }

        ModuleHostedService.GuardAll(services, module.Name);
        return services;
    }
}
