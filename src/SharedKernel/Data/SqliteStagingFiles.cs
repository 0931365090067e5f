using Microsoft.Data.Sqlite;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Where an import stages what its check pass made (<see cref="SqliteStaging{T}"/>): a database file of its own beside the
/// module's (<c>registry.db-import-…</c>), so in the data folder the module's own file is in, for the owner only, and
/// deleted when the import ends. A host killed during an import leaves it behind: the host removes such files as it
/// prepares the module's database at its next start.
/// </summary>
public static class SqliteStagingFiles
{
    private const string Infix = "-import-";

    /// <summary>
    /// A staging file left this long untouched is an import's that ended with its host: a running import writes its
    /// file throughout its check, and copies from it seconds later.
    /// </summary>
    public static readonly TimeSpan LeftAfter = TimeSpan.FromHours(1);

    /// <summary>The module's database file, when the connection string names one (not an in-memory database).</summary>
    public static string? DatabaseFileOf(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) is { Mode: not SqliteOpenMode.Memory, DataSource: { Length: > 0 } file }
            && file != ":memory:" && !file.StartsWith("file::memory:", StringComparison.Ordinal)
            ? Path.GetFullPath(file)
            : null;

    /// <summary>Creates an empty staging file beside <paramref name="databaseFile"/>, readable by the owner only (an empty file is an empty SQLite database).</summary>
    public static string Create(string databaseFile)
    {
        var path = databaseFile + Infix + Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (new FileStream(path, options))
        {
        }

        return path;
    }

    /// <summary>Removes the staging files of <paramref name="databaseFile"/> untouched for <see cref="LeftAfter"/>; returns their names.</summary>
    public static IReadOnlyList<string> RemoveLeftovers(string databaseFile)
    {
        if (Path.GetDirectoryName(databaseFile) is not { } folder || !Directory.Exists(folder))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(databaseFile) + Infix + "*"))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) >= LeftAfter)
            {
                File.Delete(file);
                removed.Add(file);
            }
        }

        return removed;
    }
}
