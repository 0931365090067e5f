namespace TriThuc.Architecture.Tests;

/// <summary>The rules catch what they are meant to catch: each is fed a project that breaks it.</summary>
public sealed class DependencyRulesSelfTests
{
    [Fact]
    public void A_host_compiling_against_a_module_is_reported()
    {
        var host = ProjectFile.Parse("/repo/src/Host/TriThuc.Host.csproj",
            """<Project><ItemGroup><ProjectReference Include="../Modules/Registry/TriThuc.Modules.Registry.csproj" /></ItemGroup></Project>""");

        DependencyRules.HostCompilesAgainstNoModule(host).Should().ContainSingle().Which.Should().Contain("TriThuc.Modules.Registry");
    }

    [Fact]
    public void A_module_referencing_another_modules_implementation_is_reported_but_its_contracts_are_fine()
    {
        var registry = ProjectFile.Parse("/repo/src/Modules/Registry/TriThuc.Modules.Registry.csproj",
            """<Project><PropertyGroup><TriThucPluginName>Registry</TriThucPluginName></PropertyGroup></Project>""");
        var contracts = ProjectFile.Parse("/repo/src/Modules/Registry.Contracts/TriThuc.Modules.Registry.Contracts.csproj", "<Project />");
        var science = ProjectFile.Parse("/repo/src/Modules/Science/TriThuc.Modules.Science.csproj",
            """
            <Project>
              <PropertyGroup><TriThucPluginName>Science</TriThucPluginName></PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Registry/TriThuc.Modules.Registry.csproj" />
                <ProjectReference Include="../Registry.Contracts/TriThuc.Modules.Registry.Contracts.csproj" />
              </ItemGroup>
            </Project>
            """);

        DependencyRules.ModulesReferenceOnlyContracts([registry, contracts, science])
            .Should().ContainSingle().Which.Should().Contain("TriThuc.Modules.Science references the implementation of module TriThuc.Modules.Registry");
    }

    [Fact]
    public void A_module_referencing_another_modules_non_contracts_library_is_reported()
    {
        var domain = ProjectFile.Parse("/repo/src/Modules/Registry.Domain/TriThuc.Modules.Registry.Domain.csproj", "<Project />");
        var science = ProjectFile.Parse("/repo/src/Modules/Science/TriThuc.Modules.Science.csproj",
            """
            <Project>
              <PropertyGroup><TriThucPluginName>Science</TriThucPluginName></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Registry.Domain/TriThuc.Modules.Registry.Domain.csproj" /></ItemGroup>
            </Project>
            """);

        DependencyRules.ModulesReferenceOnlyContracts([domain, science]).Should().ContainSingle().Which.Should().Contain("Registry.Domain");
    }

    [Fact]
    public void A_shared_kernel_with_a_project_reference_is_reported()
    {
        var kernel = ProjectFile.Parse("/repo/src/SharedKernel/TriThuc.SharedKernel.csproj",
            """<Project><ItemGroup><ProjectReference Include="../Modules/Registry/TriThuc.Modules.Registry.csproj" /></ItemGroup></Project>""");

        DependencyRules.SharedKernelReferencesNoModule(kernel).Should().ContainSingle();
    }
}
