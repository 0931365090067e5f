using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

public sealed class DemoProvinceTests
{
    [Fact]
    public async Task An_empty_registry_is_filled_with_a_plausible_demo_province_when_asked()
    {
        using var plugins = PluginFolder.WithModules("Registry");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Modules:Registry:DemoData:Enabled=true", "TriThuc:Modules:Registry:DemoData:People=300");
        var editor = host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead);

        var all = await CountAsync(host, editor, new { });
        var minorities = await CountAsync(host, editor, new { ethnicMinority = true });
        var remote = await CountAsync(host, editor, new { remotePosting = true });
        var tree = await host.GraphQLAsync("{ rootUnits { name children { name } } }");

        all.Should().Be(300);
        minorities.Should().BeInRange(120, 260, "most of the province's people belong to ethnic minorities");
        remote.Should().BeGreaterThan(0);
        tree.GetProperty("data").GetProperty("rootUnits")[0].GetProperty("children").GetArrayLength().Should().BeGreaterThan(10);
        var sample = (await host.GraphQLAsync("{ intellectuals(first: 5) { edges { node { fullName qualifications { degree } } } } }", token: editor))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("edges");
        sample.EnumerateArray().Should().OnlyContain(e => e.GetProperty("node").GetProperty("qualifications").GetArrayLength() > 0);
    }

    private static async Task<int> CountAsync(TestHost host, string token, object filter) =>
        (await host.GraphQLAsync("query($f: IntellectualFilter) { intellectuals(filter: $f, first: 0) { totalCount } }", new { f = filter }, token: token))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32();
}
