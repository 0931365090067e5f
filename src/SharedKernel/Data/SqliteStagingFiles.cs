using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Where an import stages what its check pass made (<see cref="SqliteStaging{T}"/>): a database file of its own beside the
/// module's (<c>registry.db-import-&lt;machine&gt;-&lt;process&gt;-&lt;id&gt;</c>), so in the data folder the module's own
/// file is in, for the owner only, and deleted when the import ends. A host killed during an import leaves it behind:
/// each host removes, as it prepares the module's database at start-up, such files of its machine whose process is no
/// longer running (so also when systemd restarts a killed host seconds later), and any file untouched for
/// <see cref="LeftAfter"/> (one another machine's host left on a shared folder).
/// </summary>
public static class SqliteStagingFiles
{
    private const string Infix = "-import-";

    /// <summary>
    /// A staging file left this long untouched is an import's that ended with its host, whichever machine it ran on: a
    /// running import writes its file throughout its check, and copies from it seconds later.
    /// </summary>
    public static readonly TimeSpan LeftAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// The database file a SQLite connection string names, in full, when it names a plain file (not an in-memory database
    /// or a URI): where an import stages beside it, and what the host prepares at start-up.
    /// </summary>
    public static string? DatabaseFileOf(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) is { Mode: not SqliteOpenMode.Memory, DataSource: { Length: > 0 } file }
            && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFullPath(file)
            : null;

    /// <summary>Creates an empty staging file beside <paramref name="databaseFile"/>, readable by the owner only (an empty file is an empty SQLite database).</summary>
    public static string Create(string databaseFile)
    {
        var path = NameFor(databaseFile, Environment.ProcessId);
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

    /// <summary>A new staging file's name beside <paramref name="databaseFile"/>, for an import of the process <paramref name="processId"/> of this machine.</summary>
    public static string NameFor(string databaseFile, int processId) =>
        $"{databaseFile}{Infix}{Machine}-{processId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>Deletes a staging file; one already gone is no error.</summary>
    public static void Delete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Deliberately dropped: the next start removes it (see the summary).
        }
        catch (UnauthorizedAccessException)
        {
            // The same.
        }
    }

    /// <summary>
    /// Removes the staging files of <paramref name="databaseFile"/> that no running import can be using (see the
    /// summary); returns their names. A file that cannot be removed is left for the next start, not a failed start.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string databaseFile)
    {
        if (Path.GetDirectoryName(databaseFile) is not { } folder || !Directory.Exists(folder))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(databaseFile) + Infix + "*"))
        {
            var info = new FileInfo(file);
            if (info.Exists && (IsOfEndedProcess(info.Name) || DateTime.UtcNow - info.LastWriteTimeUtc >= LeftAfter))
            {
                Delete(file);
                if (!File.Exists(file))
                {
                    removed.Add(file);
                }
            }
        }

        return removed;
    }

    /// <summary>A machine name that fits in a file name (letters, digits, dashes).</summary>
    private static string Machine => new([.. Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    /// <summary>Whether the file's name says it was made on this machine by a process no longer running.</summary>
    private static bool IsOfEndedProcess(string name)
    {
        var prefix = Infix + Machine + "-";
        var at = name.IndexOf(prefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = name[(at + prefix.Length)..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no process has that id
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
