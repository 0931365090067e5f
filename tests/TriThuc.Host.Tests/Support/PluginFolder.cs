namespace TriThuc.Host.Tests.Support;

/// <summary>
/// A temporary plugins folder filled with fixture plugins that were built on their own (into
/// artifacts/test-plugins) — the host under test was never compiled against them.
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

    /// <summary>Copies a fixture plugin, leaving out files whose name matches <paramref name="except"/>.</summary>
    public PluginFolder Add(string plugin, Func<string, bool>? except = null, string? targetFolder = null)
    {
        var source = System.IO.Path.Combine(BuiltFixturePlugins, plugin);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"Fixture plugin '{plugin}' was not built into {source}; build the solution first.");
        }

        var target = System.IO.Path.Combine(Path, targetFolder ?? plugin);
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

        return this;
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

    private static string BuiltFixturePlugins
    {
        get
        {
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            return System.IO.Path.Combine(RepositoryRoot.Path, "artifacts", "test-plugins", configuration);
        }
    }
}
