using System.Reflection;
using System.Runtime.Loader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Modules;

namespace TriThuc.EfDesign;

/// <summary>
/// The one design-time factory of every module: `dotnet ef` asks <see cref="CreateHostBuilder"/> for a host, and
/// finds in its services each module's DbContext (and the host's own), on a design-time database of the provider
/// named after <c>--provider</c> (SQLite by default), in a PostgreSQL schema named after the module. A module needs
/// no factory of its own; nothing is connected to.
/// </summary>
public static class Program
{
    public static int Main() => 0;

    public static IHostBuilder CreateHostBuilder(string[] args) =>
        Microsoft.Extensions.Hosting.Host.CreateDefaultBuilder().ConfigureServices(services =>
        {
            foreach (var module in Modules())
            {
                if (module.DbContextType is { } context)
                {
                    Register(services, context, module.Name.ToLowerInvariant(), args);
                }
            }

            Register(services, typeof(TriThuc.Host.Data.PlatformDbContext), "platform", args);
        });

    /// <summary>Every module built beside this tool: src/Modules and the test fixtures it references.</summary>
    private static IEnumerable<ModuleDefinition> Modules() =>
        Directory.GetFiles(AppContext.BaseDirectory, "TriThuc.*.dll")
            .Select(path => AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(path)))
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsAbstract: false, IsPublic: true } && typeof(ModuleDefinition).IsAssignableFrom(type))
            .Select(type => (ModuleDefinition)Activator.CreateInstance(type)!);

    private static void Register(IServiceCollection services, Type context, string schema, string[] args) =>
        typeof(Program).GetMethod(nameof(RegisterContext), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(context).Invoke(null, [services, schema, args]);

    private static void RegisterContext<TContext>(IServiceCollection services, string schema, string[] args)
        where TContext : DbContext =>
        services.AddScoped(_ => (TContext)Activator.CreateInstance(typeof(TContext), ModuleDesignTime.Options<TContext>(args, schema))!);
}
