using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Host.Tests.Security;

public sealed class FieldAccessTests(GreetingHostFixture fixture) : IClassFixture<GreetingHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Anonymous_callers_may_read_public_fields_but_no_records_and_run_no_mutation()
    {
        (await Host.GraphQLAsync("{ greeting }")).GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNull();

        Forbidden(await Host.GraphQLAsync("{ greetings { totalCount } }")).Should().Equal("Query.greetings");
        Forbidden(await Host.GraphQLAsync("{ greetingCount }")).Should().Equal("Query.greetingCount");
        Forbidden(await Host.GraphQLAsync("mutation { sendGreeting(text: \"x\") { id } }")).Should().Equal("Mutation.sendGreeting");
        Forbidden(await Host.GraphQLAsync("mutation { wave }")).Should().Equal("Mutation.wave");
        (await Host.GraphQLAsync("mutation { wave }", token: Host.Token(Roles.Viewer))).GetProperty("data").GetProperty("wave").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_viewer_sees_aggregates_but_not_records()
    {
        var viewer = Host.Token(Roles.Viewer);

        (await Host.GraphQLAsync("{ greetingCount }", token: viewer)).TryGetProperty("errors", out _).Should().BeFalse();
        Forbidden(await Host.GraphQLAsync("{ greetings { totalCount } }", token: viewer)).Should().Equal("Query.greetings");
    }

    [Fact]
    public async Task An_editor_writes_only_its_own_module()
    {
        var ownEditor = Host.Token(Roles.Editor, "Greeting");
        var otherEditor = Host.Token(Roles.Editor, "Science");

        (await Host.GraphQLAsync("mutation { sendGreeting(text: \"Của Sở\") { id } }", token: ownEditor)).TryGetProperty("errors", out _).Should().BeFalse();
        Forbidden(await Host.GraphQLAsync("mutation { sendGreeting(text: \"Sở khác\") { id } }", token: otherEditor)).Should().Equal("Mutation.sendGreeting");
    }

    [Fact]
    public async Task One_forbidden_field_anywhere_rejects_the_whole_request_and_nothing_runs()
    {
        var editor = Host.Token(Roles.Editor, "Greeting");
        var before = await CountAsync();

        var result = await Host.GraphQLAsync("mutation { sendGreeting(text: \"không được lưu\") { id } forgetEverything }", token: editor);

        result.TryGetProperty("data", out _).Should().BeFalse();
        Forbidden(result).Should().Equal("Mutation.forgetEverything");
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_field_inside_a_fragment_is_checked_too()
    {
        var result = await Host.GraphQLAsync(
            "query { greetings(first: 1) { edges { node { ...Private } } } } fragment Private on Greeting { senderNote }",
            token: Host.Token(Roles.Editor, "Greeting"));

        Forbidden(result).Should().Equal("Greeting.senderNote");
    }

    [Fact]
    public async Task A_root_field_or_mutation_that_declares_no_rule_is_refused_even_to_administrators()
    {
        var administrator = Host.Token(Roles.Administrator);

        Forbidden(await Host.GraphQLAsync("{ undeclaredField }", token: administrator)).Should().Equal("Query.undeclaredField");
        Forbidden(await Host.GraphQLAsync("mutation { forgetEverything }", token: administrator)).Should().Equal("Mutation.forgetEverything");
    }

    [Fact]
    public async Task The_same_document_is_judged_anew_for_each_caller()
    {
        const string query = "{ greetings(first: 1) { totalCount } }";

        (await Host.GraphQLAsync(query, token: Host.Token(Roles.Editor, "Greeting"))).TryGetProperty("errors", out _).Should().BeFalse();
        Forbidden(await Host.GraphQLAsync(query, token: Host.Token(Roles.Viewer))).Should().Equal("Query.greetings");
        Forbidden(await Host.GraphQLAsync(query)).Should().Equal("Query.greetings");
    }

    private async Task<int> CountAsync() =>
        (await Host.GraphQLAsync("{ greetingCount }", token: Host.Token(Roles.Viewer))).GetProperty("data").GetProperty("greetingCount").GetInt32();

    internal static List<string?> Forbidden(JsonElement result) =>
        result.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray()
                .Where(e => e.GetProperty("extensions").GetProperty("code").GetString() == "FORBIDDEN")
                .Select(e => e.GetProperty("extensions").GetProperty("field").GetString())
                .ToList()
            : [];
}
