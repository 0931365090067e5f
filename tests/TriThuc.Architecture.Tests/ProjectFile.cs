using System.Xml.Linq;

namespace TriThuc.Architecture.Tests;

/// <summary>What the architecture rules need to know of one .csproj: its plugin name and its project references.</summary>
public sealed record ProjectFile(string Path, string? PluginName, IReadOnlyList<ProjectReference> References)
{
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public bool IsContracts => Name.EndsWith(".Contracts", StringComparison.Ordinal);

    public static ProjectFile Load(string path) => Parse(path, File.ReadAllText(path));

    /// <param name="repositoryRoot">What <c>$(RepoRoot)</c> and <c>$(TriThucSource)</c> stand for in references: the platform's sources.</param>
    public static ProjectFile Parse(string path, string xml, string? repositoryRoot = null)
    {
        var root = (repositoryRoot ?? Repository.Root).TrimEnd('/') + "/";
        xml = xml.Replace("$(RepoRoot)", root, StringComparison.Ordinal).Replace("$(TriThucSource)", root, StringComparison.Ordinal);
        var document = XDocument.Parse(xml);
        var folder = System.IO.Path.GetDirectoryName(path)!;
        var references = document.Descendants("ProjectReference")
            .Select(r => new ProjectReference(
                System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, ((string?)r.Attribute("Include") ?? "").Replace('\\', '/'))),
                string.Equals((string?)r.Attribute("ReferenceOutputAssembly") ?? (string?)r.Element("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var pluginName = document.Descendants("TriThucPluginName").Select(e => e.Value).FirstOrDefault();
        return new ProjectFile(System.IO.Path.GetFullPath(path), pluginName, references);
    }
}

/// <summary>A project reference; <see cref="BuildOrderOnly"/> when it does not compile against the referenced assembly.</summary>
public sealed record ProjectReference(string Path, bool BuildOrderOnly)
{
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);
}
