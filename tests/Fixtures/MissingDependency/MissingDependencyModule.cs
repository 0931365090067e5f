using Microsoft.Extensions.DependencyInjection;
using TriThuc.Fixtures.MissingDependency.Library;
using TriThuc.SharedKernel.Modules;

namespace TriThuc.Fixtures.MissingDependency;

/// <summary>A test module that needs a private assembly, which tests remove from its plugin folder.</summary>
public sealed class MissingDependencyModule : ModuleDefinition
{
    public override string Name => "MissingDependency";

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddSingleton(new LibraryClock());
}
