using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using TriThuc.Host;

namespace TriThuc.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_host_project_references_modules_for_build_order_only()
    {
        DependencyRules.HostCompilesAgainstNoModule(Repository.Project("src/Host/TriThuc.Host.csproj")).Should().BeEmpty();
    }

    [Fact]
    public void The_host_assembly_references_no_module_assembly()
    {
        var moduleAssemblies = Repository.ModuleProjects().Select(p => p.Name).ToHashSet();

        typeof(PlatformApplication).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name)
            .Where(name => moduleAssemblies.Contains(name!) || name!.StartsWith("TriThuc.Modules.", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    [Fact]
    public void Modules_reference_each_other_only_through_contracts()
    {
        var projects = Repository.ModuleProjects();

        projects.Should().Contain(p => p.PluginName != null, "the rule must have modules to check");
        DependencyRules.ModulesReferenceOnlyContracts(projects).Should().BeEmpty();
    }

    [Fact]
    public void The_shared_kernel_references_no_module()
    {
        DependencyRules.SharedKernelReferencesNoModule(Repository.Project("src/SharedKernel/TriThuc.SharedKernel.csproj")).Should().BeEmpty();
        typeof(TriThuc.SharedKernel.Modules.ModuleDefinition).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("TriThuc.", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    [Fact]
    public void Every_built_plugin_references_no_other_module_implementation()
    {
        var configuration = new DirectoryInfo(Path.GetDirectoryName(typeof(PlatformApplication).Assembly.Location)!).Parent!.Name;
        var pluginFolders = new[]
        {
            Path.Combine(Repository.Root, "src", "Host", "bin", configuration, "net10.0", "plugins"),
            Path.Combine(Repository.Root, "artifacts", "test-plugins", configuration),
        };
        var moduleAssemblies = Repository.ModuleProjects().Where(p => p.PluginName != null).Select(p => p.Name).ToHashSet();
        var built = pluginFolders.Where(Directory.Exists)
            .SelectMany(Directory.GetDirectories)
            .SelectMany(d => Directory.GetFiles(d, "*.deps.json"))
            .Select(deps => deps[..^".deps.json".Length] + ".dll")
            .ToList();

        built.Should().NotBeEmpty("the solution build places the plugins (modules and fixtures) before tests run");
        foreach (var plugin in built)
        {
            var own = Path.GetFileNameWithoutExtension(plugin);
            ReferencedAssemblyNames(plugin)
                .Where(name => name != own && moduleAssemblies.Contains(name))
                .Should().BeEmpty($"{own} may reference other modules only through their contracts");
        }
    }

    /// <summary>Reads an assembly's references from its metadata, without loading it.</summary>
    private static List<string> ReferencedAssemblyNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();
    }
}
