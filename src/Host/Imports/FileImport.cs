using TriThuc.SharedKernel.Imports;

namespace TriThuc.Host.Imports;

/// <summary>One kind of record a module imports from a file, and where the file is sent (see <see cref="ModuleImports"/>).</summary>
public sealed record FileImport(string Module, string Kind, string Title, IReadOnlyList<string> Headers)
{
    public string Url => $"/api/{Module.ToLowerInvariant()}/import/{Kind}";

    public string TemplateUrl => Url + "/template";

    public static List<FileImport> All(ModuleCatalog catalog, IServiceProvider services) =>
    [
        .. catalog.Modules.SelectMany(module => services.GetServices<IFileImporter>()
            .Where(i => i.GetType().Assembly == module.Definition.GetType().Assembly)
            .OrderByDescending(i => i.IsDefault).ThenBy(i => i.Kind, StringComparer.Ordinal)
            .Select(i => new FileImport(module.Name, i.Kind, i.Title, i.Headers.All))),
    ];
}
