namespace TriThuc.Testing;

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
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
