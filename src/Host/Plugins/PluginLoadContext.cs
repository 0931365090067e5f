using System.Reflection;
using System.Runtime.Loader;

namespace TriThuc.Host.Plugins;

/// <summary>
/// One plugin's own load context: its private dependencies load from its folder, shared ones
/// (see <see cref="SharedAssemblies"/>) come from the host.
/// </summary>
internal sealed class PluginLoadContext(string mainAssemblyPath, SharedAssemblies shared)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath))
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (shared.IsProvidedByHost(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            return null;
        }

        return SharedAssemblies.IsContracts(assemblyName) ? shared.LoadContracts(path) : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
