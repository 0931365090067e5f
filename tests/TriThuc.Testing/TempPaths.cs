namespace TriThuc.Testing;

public static class TempPaths
{
    public static string NewFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "trithuc-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A plugin assembly stays loaded until the test process ends; the OS temp cleaner takes it then.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
