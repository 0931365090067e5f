namespace TriThuc.Architecture.Tests;

/// <summary>The modular-monolith rules of DESIGN.md, as checks that list every violation they find.</summary>
public static class DependencyRules
{
    /// <summary>The host may only reference modules for build order, never to compile against them.</summary>
    public static IEnumerable<string> HostCompilesAgainstNoModule(ProjectFile host) =>
        host.References
            .Where(r => IsUnderModules(r.Path) && !r.BuildOrderOnly)
            .Select(r => $"{host.Name} compiles against module project {r.Name}; reference it with ReferenceOutputAssembly=\"false\".");

    /// <summary>
    /// A module may reference another module only through that module's *.Contracts project. Every
    /// project of a module folder that is not a contracts project counts as implementation.
    /// </summary>
    public static IEnumerable<string> ModulesReferenceOnlyContracts(IReadOnlyCollection<ProjectFile> projects)
    {
        var plugins = projects.Where(p => p.PluginName is not null || (IsUnderModules(p.Path) && !p.IsContracts))
            .Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var project in projects.Where(p => p.PluginName is not null || p.IsContracts))
        {
            foreach (var reference in project.References.Where(r => plugins.Contains(r.Path)))
            {
                yield return $"{project.Name} references the implementation of module {reference.Name}; reference its *.Contracts project instead.";
            }

            if (project.IsContracts)
            {
                foreach (var reference in project.References.Where(r => !r.Name.EndsWith(".Contracts", StringComparison.Ordinal) && r.Name != SharedKernel))
                {
                    yield return $"{project.Name} is a contracts project but references {reference.Name}; contracts may reference only SharedKernel and other contracts.";
                }
            }
        }
    }

    /// <summary>SharedKernel is below every module: it references none.</summary>
    public static IEnumerable<string> SharedKernelReferencesNoModule(ProjectFile sharedKernel) =>
        sharedKernel.References.Select(r => $"{sharedKernel.Name} references {r.Name}; the shared kernel may reference no project.");

    public const string SharedKernel = "TriThuc.SharedKernel";

    private static bool IsUnderModules(string path) =>
        path.Replace('\\', '/').Contains("/src/Modules/", StringComparison.Ordinal);
}
