using System.ComponentModel;
using System.Reflection;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Host.Plugins;
using TriThuc.Testing;

namespace TriThuc.Architecture.Tests;

public sealed class SchemaNamingTests
{
    [Fact]
    public async Task Every_module_names_what_it_adds_to_the_shared_schema_by_the_rules()
    {
        using var plugins = PluginFolder.WithAllModules();
        await using var host = await TestHost.StartAsync(plugins);

        var modules = host.App.Services.GetRequiredService<ModuleCatalog>().Modules;

        modules.Should().HaveCountGreaterThan(1, "the rules must have modules to check");
        modules.Select(m => NamesOf(m, host.App.Services)).SelectMany(SchemaNaming.Violations).Should().BeEmpty();
    }

    /// <summary>The names a running module contributes: its graph type classes, the enums it describes, its fields.</summary>
    public static ModuleSchemaNames NamesOf(LoadedModule module, IServiceProvider services)
    {
        var assembly = module.Definition.GetType().Assembly;
        var types = assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.ContainsGenericParameters && typeof(IGraphType).IsAssignableFrom(t))
            .Select(t => (t.Name, ((IGraphType)services.GetRequiredService(t)).Name))
            .ToList();
        var enums = assembly.GetTypes()
            .Where(t => t.IsEnum && t.GetCustomAttribute<DescriptionAttribute>() is not null)
            .Select(t => t.GetCustomAttribute<GraphQL.NameAttribute>()?.Name ?? t.Name)
            .ToList();
        return new ModuleSchemaNames(
            module.Name,
            types,
            enums,
            [.. module.GraphQL.Query.Fields.Select(f => f.Name)],
            [.. module.GraphQL.Mutation.Fields.Select(f => f.Name)],
            [.. module.GraphQL.Extensions.Values.SelectMany(type => type.Fields).Select(f => f.Name)]);
    }
}
