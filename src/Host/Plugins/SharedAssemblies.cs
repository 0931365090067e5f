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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> PluginFolders = new();

    static SharedAssemblies()
    {
        // A contracts assembly lives in the default context, which knows nothing of plugin folders: when
        // it needs an assembly the host does not carry (another module's contracts, say), look there.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            PluginFolders.Keys
                .Select(folder => Path.Combine(folder, name.Name + ".dll"))
                .Where(File.Exists)
                .Select(context.LoadFromAssemblyPath)
                .FirstOrDefault();
    }

    /// <summary>Lets the default context find contracts assemblies and their dependencies in a plugin's folder.</summary>
    public static void AddPluginFolder(string folder) => PluginFolders.TryAdd(folder, 0);

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
