using System.Reflection;
using System.Runtime.Loader;

namespace TriThuc.Host.Plugins;

/// <summary>
/// Decides which assemblies every plugin shares with the host, so that their types keep one identity:
/// everything the host itself carries (the framework, SharedKernel, EF Core, GraphQL, Autofac,
/// Serilog...) and every module's *.Contracts assembly, which is loaded once into the default context.
/// </summary>
internal sealed class SharedAssemblies
{
    private readonly HashSet<string> _hostAssemblies;
    private readonly Lock _contractsLock = new();

    public SharedAssemblies()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension);
        var loaded = AssemblyLoadContext.Default.Assemblies.Select(a => a.GetName().Name);
        _hostAssemblies = new HashSet<string>(trusted.Concat(loaded).OfType<string>(), StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsContracts(AssemblyName name) => name.Name?.EndsWith(".Contracts", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsProvidedByHost(AssemblyName name) => name.Name is { } simpleName && _hostAssemblies.Contains(simpleName);

    /// <summary>Loads a contracts assembly into the default context, or returns the copy another plugin already loaded.</summary>
    public Assembly LoadContracts(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        lock (_contractsLock)
        {
            return AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName()) && a.GetName().Name == name.Name)
                ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
    }
}
