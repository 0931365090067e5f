namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// Which modules the host runs after start-up: a module it skipped (its database would not migrate, a module it
/// depends on failed) is registered but not running, and its background services do not start.
/// </summary>
public interface IRunningModules
{
    bool IsRunning(string moduleName);
}
