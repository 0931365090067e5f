namespace TriThuc.Host.Plugins;

/// <summary>A plugin that could not be loaded, registered or composed; the message names the module and the reason.</summary>
public sealed class ModuleLoadException(string moduleName, string reason, Exception? innerException = null)
    : Exception($"Module '{moduleName}' failed to load: {reason}", innerException)
{
    public string ModuleName { get; } = moduleName;

    public string Reason { get; } = reason;
}
