namespace TriThuc.Host.Plugins;

/// <summary>The modules this host runs, and those that failed and were skipped.</summary>
public sealed class ModuleCatalog : IRunningModules
{
    private readonly List<LoadedModule> _modules = [];
    private readonly List<ModuleLoadException> _failures = [];

    public IReadOnlyList<LoadedModule> Modules => _modules;

    public IReadOnlyList<ModuleLoadException> Failures => _failures;

    internal void Add(LoadedModule module) => _modules.Add(module);

    /// <summary>
    /// Records a failure; a module that had loaded (and failed later, in migration or composition) is taken out, and
    /// so is every module that depends on it, each with its own reason naming the module it needed.
    /// </summary>
    /// <returns>The failures of the dependents skipped along with it, for the log.</returns>
    internal IReadOnlyList<ModuleLoadException> Fail(ModuleLoadException failure, LoadedModule? module)
    {
        _failures.Add(failure);
        if (module is null || !_modules.Remove(module))
        {
            return [];
        }

        var cascaded = new List<ModuleLoadException>();
        foreach (var dependent in _modules.Where(m => m.Definition.DependsOn.Contains(module.Name, StringComparer.Ordinal)).ToList())
        {
            var skipped = new ModuleLoadException(dependent.Name, $"it needs module '{module.Name}', which was skipped ({failure.Reason})");
            cascaded.Add(skipped);
            cascaded.AddRange(Fail(skipped, dependent));
        }

        return cascaded;
    }

    /// <summary>
    /// Puts every module after the modules it depends on (otherwise keeping the folders' order), so that migrations,
    /// services and start-up work (demo data over another module's records) run dependencies first. Answers the
    /// modules left out because their dependencies form a cycle.
    /// </summary>
    internal IReadOnlyList<LoadedModule> OrderByDependencies()
    {
        var ordered = new List<LoadedModule>(_modules.Count);
        var waiting = new List<LoadedModule>(_modules);
        while (waiting.FirstOrDefault(m => m.Definition.DependsOn.All(d => ordered.Any(o => o.Name == d))) is { } ready)
        {
            ordered.Add(ready);
            waiting.Remove(ready);
        }

        _modules.Clear();
        _modules.AddRange(ordered);
        _modules.AddRange(waiting);
        return waiting;
    }

    public bool IsRunning(string moduleName) => _modules.Any(m => m.Name == moduleName);

    /// <summary>Whether a type belongs to one of the running modules.</summary>
    public bool IsActive(Type type) => ModuleOf(type) is not null;

    /// <summary>The running module a type belongs to (by its plugin assembly), or null.</summary>
    public LoadedModule? ModuleOf(Type type) => _modules.FirstOrDefault(m => m.Definition.GetType().Assembly == type.Assembly);
}
