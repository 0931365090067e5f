namespace TriThuc.Testing;

/// <summary>
/// A temporary plugins folder filled with plugins that were built on their own — test fixtures from
/// artifacts/test-plugins, department modules from the host's own plugins folder. The host under test
/// was never compiled against them.
/// </summary>
public sealed class PluginFolder : IDisposable
{
    private PluginFolder(string path) => Path = path;

    public string Path { get; }

    public static PluginFolder With(params string[] plugins)
    {
        var folder = new PluginFolder(TempPaths.NewFolder("plugins"));
        foreach (var plugin in plugins)
        {
            folder.Add(plugin);
        }

        return folder;
    }

    /// <summary>
    /// Folders of built plugins besides the host's own, separated as in PATH: where a module built outside the
    /// repository (from the template) placed itself.
    /// </summary>
    public const string ExtraPluginsVariable = "TRITHUC_PLUGINS";

    /// <summary>A folder with department modules (src/Modules), as the host's build placed them.</summary>
    public static PluginFolder WithModules(params string[] modules)
    {
        var folder = new PluginFolder(TempPaths.NewFolder("plugins"));
        foreach (var module in modules)
        {
            folder.AddBuilt(module);
        }

        return folder;
    }

    /// <summary>Copies a built department module, from the host's plugins folder or one of <see cref="ExtraPluginsVariable"/>.</summary>
    public PluginFolder AddBuilt(string module)
    {
        var extra = (Environment.GetEnvironmentVariable(ExtraPluginsVariable) ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var source = extra.Prepend(BuiltModules).Select(root => System.IO.Path.Combine(root, module)).FirstOrDefault(Directory.Exists)
            ?? System.IO.Path.Combine(BuiltModules, module);
        Copy(source, module, null);
        return this;
    }

    /// <summary>A folder with every department module the host's build placed (src/Modules), as a deployment has them.</summary>
    public static PluginFolder WithAllModules() =>
        WithModules([.. Directory.GetDirectories(BuiltModules).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]);

    /// <summary>Copies a fixture plugin, leaving out files whose name matches <paramref name="except"/>.</summary>
    public PluginFolder Add(string plugin, Func<string, bool>? except = null, string? targetFolder = null)
    {
        Copy(System.IO.Path.Combine(BuiltFixturePlugins, plugin), targetFolder ?? plugin, except);
        return this;
    }

    private void Copy(string source, string targetFolder, Func<string, bool>? except)
    {
        var plugin = System.IO.Path.GetFileName(source);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"Fixture plugin '{plugin}' was not built into {source}; build the solution first.");
        }

        var target = System.IO.Path.Combine(Path, targetFolder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (except?.Invoke(System.IO.Path.GetFileName(file)) == true)
            {
                continue;
            }

            var destination = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Makes a plugin folder holding one file taken from a built fixture plugin.</summary>
    public PluginFolder AddSingleFile(string folderName, string fromPlugin, string fileName)
    {
        var target = System.IO.Path.Combine(Path, folderName);
        Directory.CreateDirectory(target);
        File.Copy(System.IO.Path.Combine(BuiltFixturePlugins, fromPlugin, fileName), System.IO.Path.Combine(target, fileName));
        return this;
    }

    public void Dispose() => TempPaths.TryDelete(Path);

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string BuiltFixturePlugins => System.IO.Path.Combine(RepositoryRoot.Path, "artifacts", "test-plugins", Configuration);

    private static string BuiltModules => System.IO.Path.Combine(BuiltHost, "plugins");

    private static string BuiltHost => System.IO.Path.Combine(RepositoryRoot.Path, "src", "Host", "bin", Configuration, "net10.0");

    /// <summary>The web pages the host's build copied beside it (wwwroot), which a test host serves.</summary>
    public static string BuiltWebPages => System.IO.Path.Combine(BuiltHost, "wwwroot");
}
