using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>
/// A live host with every module and the demo province (a few hundred intellectuals, Science's projects, councils and
/// fund), as a leader, a clerk and an editor find it on their first morning; with a token for each of them.
/// </summary>
public sealed class DemoProvince : IAsyncLifetime
{
    private PluginFolder _plugins = null!;

    public TestHost Host { get; private set; } = null!;

    /// <summary>A leader: indicators and aggregates, no records.</summary>
    public string Leader { get; private set; } = "";

    /// <summary>An editor of the Registry who may read personal data.</summary>
    public string Editor { get; private set; } = "";

    /// <summary>A clerk: an editor of the Registry without the personal-data permission.</summary>
    public string Clerk { get; private set; } = "";

    public string Administrator { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _plugins = PluginFolder.WithAllModules();
        Host = await TestHost.StartAsync(_plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true",
            "TriThuc:Modules:Registry:DemoData:People=400",
            "TriThuc:Modules:Science:DemoData:Enabled=true");
        Leader = Host.Token(Roles.Viewer);
        Editor = Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead);
        Clerk = Host.Token(Roles.Editor, "Registry");
        Administrator = Host.Token(Roles.Administrator);
    }

    public Task<JsonElement> GraphQLAsync(string query, object? variables = null, string? token = null) =>
        Host.GraphQLAsync(query, variables, token: token ?? Administrator);

    /// <summary>How many intellectuals the Registry holds (working or not).</summary>
    public async Task<int> PeopleCountAsync() =>
        (await GraphQLAsync("{ intellectuals(first: 1) { totalCount } }")).GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32();

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _plugins.Dispose();
    }
}
