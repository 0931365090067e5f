using System.Reflection;
using Autofac;
using Microsoft.Data.Sqlite;

namespace TriThuc.Host.Plugins;

/// <summary>
/// Finds the plugins (one sub-folder each) in the plugins folder, loads each in its own load context,
/// checks its contract version, instantiates its <see cref="ModuleDefinition"/>, and tries its
/// registrations and GraphQL contribution once in isolation, so that a faulty plugin is reported by
/// name before it can touch the real container.
/// </summary>
internal sealed class PluginLoader(
    PlatformOptions options,
    string pluginsPath,
    DatabaseLocator databases,
    IConfiguration configuration,
    string environmentName,
    ILogger logger)
{
    private readonly SharedAssemblies _shared = new();
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);

    /// <summary>Loads every plugin, then checks that each module's declared dependencies are loaded too.</summary>
    public ModuleCatalog LoadAll()
    {
        var catalog = LoadFolders();
        CheckDependencies(catalog);
        foreach (var module in catalog.OrderByDependencies())
        {
            Report(catalog, new ModuleLoadException(module.Name, $"its dependencies ({string.Join(", ", module.Definition.DependsOn)}) depend on it in turn."), module);
        }

        return catalog;
    }

    private ModuleCatalog LoadFolders()
    {
        var catalog = new ModuleCatalog();
        if (!Directory.Exists(pluginsPath))
        {
            logger.LogWarning("Plugins folder {PluginsPath} does not exist; the host starts with no module", pluginsPath);
            return catalog;
        }

        foreach (var folder in Directory.GetDirectories(pluginsPath).Order(StringComparer.Ordinal))
        {
            var folderName = Path.GetFileName(folder);
            if (!options.ModuleSettings(folderName).Enabled)
            {
                logger.LogInformation("Module {ModuleName} is disabled by configuration", folderName);
                _disabled.Add(folderName);
                continue;
            }

            try
            {
                var module = Load(folder);
                if (module is null)
                {
                    continue;
                }

                if (catalog.Modules.Any(m => m.Name == module.Name))
                {
                    throw new ModuleLoadException(module.Name, $"another plugin in {pluginsPath} already has this name.");
                }

                catalog.Add(module);
            }
            catch (Exception ex)
            {
                var failure = ex as ModuleLoadException ?? new ModuleLoadException(folderName, Describe(ex), ex);
                Report(catalog, failure, null);
            }
        }

        return catalog;
    }

    /// <summary>
    /// A module whose dependency is not running (disabled, failed, or not in the plugins folder) is a failure under
    /// the one policy: start-up stops, or the module is skipped, and the message names both modules.
    /// </summary>
    private void CheckDependencies(ModuleCatalog catalog)
    {
        while (catalog.Modules.Select(m => (Module: m, Missing: m.Definition.DependsOn.FirstOrDefault(d => !catalog.IsRunning(d))))
                   .FirstOrDefault(m => m.Missing is not null) is ({ } module, { } missing))
        {
            var why = _disabled.Contains(missing) ? "is disabled by configuration"
                : catalog.Failures.Any(f => f.ModuleName == missing) ? "failed to load"
                : $"is not in the plugins folder {pluginsPath}";
            Report(catalog, new ModuleLoadException(module.Name, $"it needs module '{missing}', which {why}."), module);
        }
    }

    /// <summary>Applies the failure policy: stop the host, or log and go on without the module.</summary>
    public void Report(ModuleCatalog catalog, ModuleLoadException failure, LoadedModule? module)
    {
        if (options.Plugins.OnLoadFailure == PluginFailurePolicy.Stop)
        {
            throw failure;
        }

        logger.LogError(failure.InnerException, "{Message} The host starts without it (TriThuc:Plugins:OnLoadFailure = Skip)", failure.Message);
        foreach (var dependent in catalog.Fail(failure, module))
        {
            logger.LogError("{Message} The host starts without it (TriThuc:Plugins:OnLoadFailure = Skip)", dependent.Message);
        }
    }

    /// <summary>Loads one plugin folder; null when the module inside is disabled by configuration.</summary>
    private LoadedModule? Load(string folder)
    {
        var folderName = Path.GetFileName(folder);
        var mainAssemblyPath = FindMainAssembly(folder)
            ?? throw new ModuleLoadException(folderName, $"no plugin assembly (a *.dll with its *.deps.json) in {folder}.");

        SharedAssemblies.AddPluginFolder(folder);
        var context = new PluginLoadContext(mainAssemblyPath, _shared);
        var assembly = context.LoadFromAssemblyPath(mainAssemblyPath);

        var contractVersion = ModuleContract.VersionUsedBy(assembly);
        if (contractVersion != ModuleContract.Version)
        {
            throw new ModuleLoadException(folderName, contractVersion is null
                ? $"{assembly.GetName().Name} does not reference {ModuleContract.AssemblyName}."
                : $"built against module contract v{contractVersion}, but this host speaks v{ModuleContract.Version}; rebuild the plugin against the current SharedKernel.");
        }

        var definition = CreateDefinition(assembly, folderName);
        var settings = options.ModuleSettings(definition.Name);
        if (!settings.Enabled)
        {
            logger.LogInformation("Module {ModuleName} (folder {Folder}) is disabled by configuration", definition.Name, folderName);
            _disabled.Add(definition.Name);
            return null;
        }

        var moduleContext = new ModuleContext(
            definition.Name,
            configuration.GetSection($"{PlatformOptions.Section}:Modules:{definition.Name}"),
            databases.ForModule(definition.Name),
            environmentName);

        var services = TryRegistration(definition, moduleContext);
        var graphql = new GraphQLContribution(definition.Name);
        Guard(definition.Name, "while contributing its GraphQL fields", () => definition.ConfigureGraphQL(graphql));
        graphql.NameOwnWrites();
        return new LoadedModule(definition, moduleContext, services, graphql, folder);
    }

    private static string? FindMainAssembly(string folder)
    {
        var depsFiles = Directory.GetFiles(folder, "*.deps.json");
        var candidates = depsFiles
            .Select(d => Path.Combine(folder, Path.GetFileName(d)[..^".deps.json".Length] + ".dll"))
            .Where(File.Exists)
            .ToList();
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var byFolderName = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
        return File.Exists(byFolderName) ? byFolderName : null;
    }

    private static ModuleDefinition CreateDefinition(Assembly assembly, string folderName)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            throw new ModuleLoadException(folderName, Describe(ex), ex);
        }

        var definitions = types.Where(t => t.IsPublic && !t.IsAbstract && typeof(ModuleDefinition).IsAssignableFrom(t)).ToList();
        if (definitions.Count != 1)
        {
            throw new ModuleLoadException(folderName,
                $"{assembly.GetName().Name} must hold exactly one public class deriving from {nameof(ModuleDefinition)}; found {definitions.Count}.");
        }

        return Guard(folderName, "while creating its module definition", () => (ModuleDefinition)Activator.CreateInstance(definitions[0])!);
    }

    private static Autofac.Module TryRegistration(ModuleDefinition definition, ModuleContext context)
    {
        return Guard(definition.Name, "while registering its services", () =>
        {
            var services = definition.CreateServicesModule(context);
            var trial = new ContainerBuilder();
            trial.RegisterModule(services);
            // Built to find a faulty registration now, and left undisposed: disposing it would dispose the instances
            // the module registered (AddSingleton(instance)), which the real container shares.
            _ = trial.Build();
            return services;
        });
    }

    private static T Guard<T>(string moduleName, string stage, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not ModuleLoadException)
        {
            throw new ModuleLoadException(moduleName, $"{stage}: {Describe(ex)}", ex);
        }
    }

    private static void Guard(string moduleName, string stage, Action action) =>
        Guard<object?>(moduleName, stage, () =>
        {
            action();
            return null;
        });

    /// <summary>A one-line reason: for a missing file, the assembly that is missing, which is what an operator must fix.</summary>
    internal static string Describe(Exception ex) => ex switch
    {
        ReflectionTypeLoadException load => string.Join("; ", load.LoaderExceptions.OfType<Exception>().Select(Describe).Distinct()),
        FileNotFoundException missing => $"a dependency is missing: {missing.FileName ?? missing.Message} (is it in the plugin's folder?)",
        TargetInvocationException { InnerException: { } inner } => Describe(inner),
        Autofac.Core.DependencyResolutionException { InnerException: { } inner } => $"{ex.Message} {Describe(inner)}",
        _ => ex.Message,
    };
}
