namespace TriThuc.Host.Configuration;

public sealed class PluginOptions
{
    /// <summary>Folder holding one sub-folder per plugin; relative paths are relative to the host's binaries.</summary>
    public string Path { get; set; } = "plugins";

    /// <summary>What to do when a plugin fails to load: stop the host (the default) or start without it.</summary>
    public PluginFailurePolicy OnLoadFailure { get; set; } = PluginFailurePolicy.Stop;
}

public enum PluginFailurePolicy
{
    Stop,
    Skip,
}
