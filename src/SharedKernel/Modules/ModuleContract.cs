using System.Reflection;

namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// The version of the contract between the host and its plugins: the major version of this
/// assembly. A plugin built against another major version of SharedKernel is refused.
/// </summary>
public static class ModuleContract
{
    public static string AssemblyName { get; } = typeof(ModuleContract).Assembly.GetName().Name!;

    public static int Version { get; } = typeof(ModuleContract).Assembly.GetName().Version!.Major;

    /// <summary>The contract version a plugin was compiled against, or null when it does not reference SharedKernel.</summary>
    public static int? VersionUsedBy(Assembly plugin) =>
        plugin.GetReferencedAssemblies().FirstOrDefault(a => a.Name == AssemblyName)?.Version?.Major;
}
