namespace TriThuc.Host.Plugins;

/// <summary>The modules this host runs, and those that failed and were skipped.</summary>
public sealed class ModuleCatalog
{
    private readonly List<LoadedModule> _modules = [];
    private readonly List<ModuleLoadException> _failures = [];

    public IReadOnlyList<LoadedModule> Modules => _modules;

    public IReadOnlyList<ModuleLoadException> Failures => _failures;

    internal void Add(LoadedModule module) => _modules.Add(module);

    /// <summary>Takes a module out after a late failure (composition, migration) when the policy is to skip.</summary>
    internal void Fail(ModuleLoadException failure)
    {
        _modules.RemoveAll(m => m.Name == failure.ModuleName);
        _failures.Add(failure);
    }
}
