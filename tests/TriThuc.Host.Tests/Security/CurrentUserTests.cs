using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Security;

/// <summary><c>me</c> tells a frontend who is signed in and what they may do in each module, so that it hides what they may not.</summary>
public sealed class CurrentUserTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private const string Me = "{ me { id authenticated roles modules permissions access { module readAggregates readRecords readPersonalData write } } }";

    [Fact]
    public async Task An_editor_learns_the_modules_it_may_write_and_that_it_may_read_no_personal_data()
    {
        var me = (await fixture.Host.GraphQLAsync(Me, token: fixture.Host.Token(Roles.Editor, "Greeting"))).Data("me");

        me.Text("id").Should().Be("test-editor");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("editor");
        me.GetProperty("modules").EnumerateArray().Select(r => r.GetString()).Should().Equal("Greeting");
        var access = Access(me);
        access["Greeting"].Should().Be((true, true, false, true));
        access["Echo"].Should().Be((true, true, false, false), "an editor of another module reads its records but does not write them");
    }

    [Fact]
    public async Task A_viewer_reads_aggregates_only_and_an_administrator_everything()
    {
        var viewer = Access((await fixture.Host.GraphQLAsync(Me, token: fixture.Host.Token(Roles.Viewer))).Data("me"));
        var administrator = Access((await fixture.Host.GraphQLAsync(Me, token: fixture.Host.Token(Roles.Administrator))).Data("me"));

        viewer["Greeting"].Should().Be((true, false, false, false));
        administrator["Echo"].Should().Be((true, true, true, true));
    }

    [Fact]
    public async Task An_anonymous_caller_is_told_it_is_not_signed_in()
    {
        var me = (await fixture.Host.GraphQLAsync(Me)).Data("me");

        me.GetProperty("authenticated").GetBoolean().Should().BeFalse();
        me.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        Access(me)["Greeting"].Should().Be((false, false, false, false));
    }

    private static Dictionary<string, (bool Aggregates, bool Records, bool PersonalData, bool Write)> Access(JsonElement me) =>
        me.GetProperty("access").EnumerateArray().ToDictionary(
            a => a.Text("module")!,
            a => (a.GetProperty("readAggregates").GetBoolean(), a.GetProperty("readRecords").GetBoolean(),
                a.GetProperty("readPersonalData").GetBoolean(), a.GetProperty("write").GetBoolean()));
}
