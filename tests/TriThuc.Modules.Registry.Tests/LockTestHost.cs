using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>
/// A host with the Registry and a unit "SNV", its database in a folder of its own, deleted once the host is gone. With a
/// one-second lock wait, a save waits one second for the write lock instead of twenty, so a lock held by an import shows
/// at once as BUSY (SQLite only).
/// </summary>
internal sealed class LockTestHost : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly PluginFolder _plugins;

    private LockTestHost(DirectoryInfo folder, PluginFolder plugins, TestHost host, string unit) =>
        (_folder, _plugins, Host, Unit) = (folder, plugins, host, unit);

    public TestHost Host { get; }

    /// <summary>The id of the unit "SNV".</summary>
    public string Unit { get; }

    public static async Task<LockTestHost> StartAsync(bool lockWaitOneSecond)
    {
        var folder = Directory.CreateTempSubdirectory("trithuc-import-lock-");
        var plugins = PluginFolder.WithModules("Registry");
        TestHost? host = null;
        try
        {
            string[] settings = lockWaitOneSecond
                ? [$"TriThuc:Modules:Registry:ConnectionString=Data Source={Path.Combine(folder.FullName, "registry.db")};Default Timeout=1"]
                : [];
            host = await TestHost.StartAsync(plugins, settings);
            var unit = (await host.GraphQLAsync("""mutation { createUnit(input: { code: "SNV", name: "Sở Nội vụ", kind: DEPARTMENT, validFrom: "2020-01-01" }) { id } }""",
                token: host.Token(Roles.Administrator))).GetProperty("data").GetProperty("createUnit").GetProperty("id").GetString()!;
            return new LockTestHost(folder, plugins, host, unit);
        }
        catch
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            plugins.Dispose();
            folder.Delete(recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _plugins.Dispose();
        _folder.Delete(recursive: true);
    }
}
