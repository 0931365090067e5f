namespace TriThuc.Testing;

/// <summary>
/// The repository whose built host and plugins the tests use: the folder holding Monolith.sln above the tests, or the
/// folder <c>TRITHUC_REPOSITORY</c> names (a module's tests built outside the repository, from the template).
/// </summary>
public static class RepositoryRoot
{
    public const string Variable = "TRITHUC_REPOSITORY";

    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return System.IO.Path.GetFullPath(named);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Monolith.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Monolith.sln not found above " + AppContext.BaseDirectory);
    }
}
