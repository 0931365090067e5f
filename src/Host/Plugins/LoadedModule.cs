namespace TriThuc.Host.Plugins;

/// <summary>A plugin that loaded: its definition, its settings, its registrations and its GraphQL contribution.</summary>
public sealed record LoadedModule(
    ModuleDefinition Definition,
    ModuleContext Context,
    Autofac.Module Services,
    GraphQLContribution GraphQL,
    string Folder)
{
    public string Name => Definition.Name;

    public string Version => Definition.Version;

    /// <summary>Namespace prefix of the module's code, used to tag its log lines with the module name.</summary>
    public string Namespace => Definition.GetType().Namespace ?? Name;
}
