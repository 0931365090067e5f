using Microsoft.Data.Sqlite;
using TriThuc.Host.Tests.Support;
using TriThuc.SharedKernel.Data;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Security;

/// <summary>The databases hold personal data: another account on the machine must not read them, whatever the umask.</summary>
public sealed class DataFilePermissionTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [SqliteFact]
    public async Task Every_database_file_is_readable_and_writable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // SQLite deletes the -wal file when the last connection to its database closes, which the host's pool may
        // do at any moment; a connection held open here keeps one to look at.
        await using var holder = new SqliteConnection($"Data Source={Path.Combine(fixture.Host.DataPath, "platform.db")};Pooling=False");
        await holder.OpenAsync();
        await using (var read = holder.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_master";
            await read.ExecuteScalarAsync();
        }

        var files = Directory.GetFiles(fixture.Host.DataPath, "*.db*");

        files.Should().Contain(f => f.EndsWith("platform.db", StringComparison.Ordinal)).And.Contain(f => f.EndsWith("-wal", StringComparison.Ordinal));
        foreach (var file in files)
        {
            ModeOf(file)?.Should().Be(OwnerOnlyFile, file);
        }
    }

    /// <summary>SQLite deletes a -wal or -shm file when the last connection to its database closes, which can happen
    /// between listing the folder and reading a mode; a file that is gone exposes nothing.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static UnixFileMode? ModeOf(string file)
    {
        try
        {
            return File.GetUnixFileMode(file);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    [SqliteFact]
    public async Task A_data_folder_the_host_creates_is_its_owners_only_and_an_old_world_readable_database_is_closed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var parent = TempPaths.NewFolder("permissions");
        var dataPath = Path.Combine(parent, "new", "data");
        var oldDeployment = TempPaths.NewFolder("old-deployment");
        var oldDatabase = Path.Combine(oldDeployment, "greeting.db");
        await File.WriteAllBytesAsync(oldDatabase, []);
        File.SetUnixFileMode(oldDatabase, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using var plugins = PluginFolder.With("Greeting");

        await using (await TestHost.StartAsync(plugins, $"TriThuc:DataPath={dataPath}", $"TriThuc:Modules:Greeting:ConnectionString=Data Source={oldDatabase}"))
        {
            File.GetUnixFileMode(dataPath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.GetUnixFileMode(Path.Combine(dataPath, "platform.db")).Should().Be(OwnerOnlyFile);
            File.GetUnixFileMode(oldDatabase).Should().Be(OwnerOnlyFile);
        }

        TempPaths.TryDelete(parent);
        TempPaths.TryDelete(oldDeployment);
    }

    /// <summary>An import stages the rows it checked beside the module's database; a host stopped mid-import leaves them behind.</summary>
    [SqliteFact]
    public async Task What_an_import_staged_when_its_host_stopped_is_removed_at_the_next_start_and_a_running_imports_is_kept()
    {
        var dataPath = TempPaths.NewFolder("staging-leftovers");
        var database = Path.Combine(dataPath, "platform.db");
        var ofEndedHost = SqliteStagingFiles.NameFor(database, processId: 999_999_999); // no such process: killed, restarted at once
        var ofRunningHost = SqliteStagingFiles.NameFor(database, Environment.ProcessId);
        var (old, recent) = (database + "-import-other-machine-12-old", database + "-import-other-machine-12-recent");
        foreach (var file in new[] { ofEndedHost, ofRunningHost, old, recent })
        {
            await File.WriteAllBytesAsync(file, []);
        }

        File.SetLastWriteTimeUtc(old, DateTime.UtcNow - SqliteStagingFiles.LeftAfter - TimeSpan.FromMinutes(1));
        using var plugins = PluginFolder.With("Greeting");

        await using (await TestHost.StartAsync(plugins, $"TriThuc:DataPath={dataPath}"))
        {
            File.Exists(ofEndedHost).Should().BeFalse("it held personal data of an import that was never written");
            File.Exists(old).Should().BeFalse("no import leaves its file untouched for an hour");
            File.Exists(ofRunningHost).Should().BeTrue("a running host's import may be staging it now");
            File.Exists(recent).Should().BeTrue("another machine's host may be importing now");
        }

        TempPaths.TryDelete(dataPath);
    }
}
