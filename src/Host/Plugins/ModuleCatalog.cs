namespace TriThuc.Host.Plugins;

/// <summary>The modules this host runs, and those that failed and were skipped.</summary>
public sealed class ModuleCatalog
{
    private readonly List<LoadedModule> _modules = [];
    private readonly List<ModuleLoadException> _failures = [];

    public IReadOnlyList<LoadedModule> Modules => _modules;

    public IReadOnlyList<ModuleLoadException> Failures => _failures;

    internal void Add(LoadedModule module) => _modules.Add(module);

    /// <summary>Records a failure; a module that had loaded (and failed later, in migration or composition) is taken out.</summary>
    internal void Fail(ModuleLoadException failure, LoadedModule? module)
    {
        if (module is not null)
        {
            _modules.Remove(module);
        }

        _failures.Add(failure);
    }

    /// <summary>Whether a type belongs to one of the running modules.</summary>
    public bool IsActive(Type type) => ModuleOf(type) is not null;

    /// <summary>The running module a type belongs to (by its plugin assembly), or null.</summary>
    public LoadedModule? ModuleOf(Type type) => _modules.FirstOrDefault(m => m.Definition.GetType().Assembly == type.Assembly);
}
