using Microsoft.Extensions.DependencyInjection;
using TriThuc.Host.Plugins;
using TriThuc.Testing;

namespace TriThuc.Architecture.Tests;

/// <summary>
/// What a department does to add a module, done for real: the template instantiated in a folder of its own, built
/// there against the platform's sources, dropped into the plugins folder of a host that was not rebuilt, and held to
/// the same architecture rules as every module, without editing them; then its own tests run.
/// </summary>
public sealed class ModuleTemplateTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [SqliteFact]
    public async Task A_module_made_from_the_template_builds_on_its_own_and_runs_in_a_host_that_was_not_rebuilt()
    {
        var work = TempPaths.NewFolder("template");
        try
        {
            foreach (var settings in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "src/Modules/Directory.Build.props", "tests/Directory.Build.props" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(work, settings))!);
                File.Copy(Path.Combine(Repository.Root, settings), Path.Combine(work, settings));
            }

            string[] hive = ["--debug:custom-hive", Path.Combine(work, "hive")];
            await DotnetAsync(work, ["new", "install", Path.Combine(Repository.Root, "templates", "trithuc-module"), .. hive]);
            await DotnetAsync(work, ["new", "trithuc-module", "-n", "PublicForestry", "--entity", "ForestPlot", "-o", ".", .. hive]);
            string[] build = ["-c", Configuration, "--no-dependencies", $"-p:TriThucSource={Repository.Root}/"];
            await DotnetAsync(work, ["build", "src/Modules/PublicForestry/TriThuc.Modules.PublicForestry.csproj", .. build]);

            var built = Path.Combine(work, "src", "Host", "bin", Configuration, "net10.0", "plugins");
            Directory.Exists(Path.Combine(built, "PublicForestry")).Should().BeTrue("the module's build places it as a plugin, as src/Modules do");
            await ServesInAHostAsync(built);
            ProjectFile.Load(Path.Combine(work, "src/Modules/PublicForestry/TriThuc.Modules.PublicForestry.csproj")).Should().Match<ProjectFile>(p =>
                !DependencyRules.ModulesReferenceOnlyContracts(Repository.ModuleProjects().Append(p).ToList()).Any());

            await DotnetAsync(work, ["build", "tests/TriThuc.Modules.PublicForestry.Tests/TriThuc.Modules.PublicForestry.Tests.csproj", .. build]);
            var tests = await DotnetAsync(work, ["test", "tests/TriThuc.Modules.PublicForestry.Tests/TriThuc.Modules.PublicForestry.Tests.csproj", "-c", Configuration, "--no-build"],
                new Dictionary<string, string> { [RepositoryRoot.Variable] = Repository.Root, [PluginFolder.ExtraPluginsVariable] = built });
            tests.Should().MatchRegex(@"Passed!\s+- Failed:\s+0, Passed:\s+[1-9]");
        }
        finally
        {
            TempPaths.TryDelete(work);
        }
    }

    private static async Task ServesInAHostAsync(string built)
    {
        Environment.SetEnvironmentVariable(PluginFolder.ExtraPluginsVariable, built);
        using var plugins = PluginFolder.WithModules("Registry", "PublicForestry");
        await using var host = await TestHost.StartAsync(plugins);
        var administrator = host.Token("administrator");

        var sdl = await host.Client.GetStringAsync("/graphql/schema.graphql");
        sdl.Should().Contain("publicForestryForestPlots(").And.Contain("recordPublicForestryForestPlot(").And.Contain("type PublicForestryForestPlot {",
            "a two-word module and entity keep their camel case in field names");
        var indicators = (await host.GraphQLAsync("{ indicators(module: \"PublicForestry\") { code } }", token: administrator)).Data("indicators");
        indicators.EnumerateArray().Select(i => i.Text("code")).Should().Equal("PUBLICFORESTRY1");
        var ready = await host.Client.GetStringAsync("/health/ready");
        ready.Should().Contain("\"PublicForestry\":\"ok\"", "the module's database was created and answers");
        var forestry = host.App.Services.GetRequiredService<ModuleCatalog>().Modules.Single(m => m.Name == "PublicForestry");
        SchemaNaming.Violations(SchemaNamingTests.NamesOf(forestry, host.App.Services)).Should().BeEmpty();
    }

    private static Task<string> DotnetAsync(string work, string[] arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        ExternalCommand.RunAsync("dotnet", arguments, work, environment, TimeSpan.FromMinutes(5));
}
