namespace TriThuc.Architecture.Tests;

public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static ProjectFile Project(string relativePath) => ProjectFile.Load(Path.Combine(Root, relativePath));

    /// <summary>Every module and module-like project: src/Modules and the test fixture plugins.</summary>
    public static IReadOnlyList<ProjectFile> ModuleProjects() =>
        new[] { Path.Combine(Root, "src", "Modules"), Path.Combine(Root, "tests", "Fixtures") }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(ProjectFile.Load)
            .ToList();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Monolith.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Monolith.sln not found above " + AppContext.BaseDirectory);
    }
}
