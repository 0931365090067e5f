using System.Net;
using System.Text;
using System.Text.Json;
using TriThuc.Host.Tests.Support;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Security;

/// <summary>Documents built to exhaust the server: each is refused with its own code, and the host answers normally afterwards.</summary>
public sealed class HostileDocumentTests(HostileDocumentTests.LimitedHost fixture) : IClassFixture<HostileDocumentTests.LimitedHost>
{
    /// <summary>A host whose body limit is high enough that the other limits are the ones that fire.</summary>
    public sealed class LimitedHost : IAsyncLifetime
    {
        private PluginFolder? _plugins;

        public TestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _plugins = PluginFolder.With("Greeting");
            Host = await TestHost.StartAsync(_plugins,
                "TriThuc:GraphQL:MaxRequestBytes=2000000",
                "TriThuc:GraphQL:MaxComplexity=500",
                "TriThuc:GraphQL:ExecutionTimeout=00:00:05",
                "TriThuc:GraphQL:EnableIntrospection=false",
                "TriThuc:GraphQL:EnableFieldSuggestions=false");
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            _plugins?.Dispose();
        }
    }

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Nesting_a_thousand_levels_deep_is_refused_as_too_deep()
    {
        var query = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            query.Append("{ platform ");
        }

        query.Append(new string('}', 1000));

        await ExpectRefusedAsync(query.ToString(), "QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task Nesting_beyond_the_depth_limit_through_fragments_is_refused_as_too_deep()
    {
        // 20 levels through a chain of fragments, each one level deep on its own.
        var fragments = Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Query {{ a {{ {(i < 19 ? $"...F{i + 1}" : "b")} }} }}");
        var query = "{ ...F0 } " + string.Join(" ", fragments);

        Codes(await RefusedAsync(query)).Should().Contain("QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task Ten_thousand_aliases_are_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename")) + " }";

        await ExpectRefusedAsync(query, "TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task Fragments_spreading_each_other_many_times_are_refused_without_expanding_them()
    {
        // 4^20 (about 10^12) selections once expanded, in well under a kilobyte.
        var fragments = Enumerable.Range(1, 20).Select(i => i < 20
            ? $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} ...F{i + 1} ...F{i + 1} }}"
            : "fragment F20 on Query { __typename }");

        await ExpectRefusedAsync("{ ...F1 } " + string.Join(" ", fragments), "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_cached_document_is_checked_again_for_complexity_when_another_of_its_operations_is_chosen()
    {
        var heavy = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"p{i}: platform {{ modules {{ name version rootFields }} }}"));
        var document = $"query Light {{ __typename }} query Heavy {{ {heavy} }}";

        (await Host.GraphQLAsync(document, operationName: "Light")).GetProperty("data").GetProperty("__typename").GetString().Should().Be("Query");
        using var response = await Host.PostGraphQLAsync(document, operationName: "Heavy", accept: "application/graphql-response+json");

        Codes(await TestHost.ReadJsonAsync(response)).Should().Contain("QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_cached_document_is_checked_again_for_complexity_when_its_variables_raise_the_page_size()
    {
        // 100 is a page size the list itself accepts; only the complexity limit (500 here) stands in the way.
        const string document = "query Page($n: Int, $withText: Boolean!) { greetings(first: $n) { nodes { id text createdBy } "
            + "edges { cursor node { id text @include(if: $withText) createdBy } } } }";
        var editor = Host.Token(Roles.Editor, "Greeting");

        var small = await Host.GraphQLAsync(document, new { n = 2, withText = true }, token: editor);
        small.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        using var large = await Host.PostGraphQLAsync(document, new { n = 100, withText = true }, accept: "application/graphql-response+json", token: editor);
        large.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Codes(await TestHost.ReadJsonAsync(large)).Should().Equal("QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_cached_document_whose_variables_reach_no_page_size_still_has_its_variables_checked()
    {
        const string document = "query Slow($ms: Int!) { slowField(milliseconds: $ms) }";

        (await Host.GraphQLAsync(document, new { ms = 1 })).GetProperty("data").GetProperty("slowField").GetString().Should().Be("done");
        using var response = await Host.PostGraphQLAsync(document, new { ms = "soon" }, accept: "application/graphql-response+json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Codes(await TestHost.ReadJsonAsync(response)).Should().NotBeEmpty();
    }

    [Fact]
    public async Task One_field_repeated_four_thousand_times_is_refused_before_the_repeats_are_compared()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("greetingCount ", 4000)) + "}";

        var refused = await RefusedAsync(query);

        Codes(refused).Should().Equal("QUERY_TOO_COMPLEX");
        refused.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("lặp lại");
        await ExpectHealthyAsync();
    }

    [Fact]
    public async Task A_fragment_spread_many_times_in_one_place_is_refused_too()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("...F ", 500)) + "} fragment F on Query { greetingCount }";

        await ExpectRefusedAsync(query, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_field_selected_twice_as_clients_sometimes_do_is_still_answered()
    {
        var result = await Host.GraphQLAsync("{ greetingCount greetingCount __typename __typename }", token: Host.Token(Roles.Viewer));

        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
    }

    [Fact]
    public async Task A_fragment_cycle_is_refused()
    {
        await ExpectRefusedAsync("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task A_query_over_the_complexity_limit_is_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 60).Select(i => $"p{i}: platform {{ modules {{ name version rootFields }} }}")) + " }";

        await ExpectRefusedAsync(query, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task A_one_megabyte_query_over_the_default_limit_is_refused_as_too_large()
    {
        using var plugins = PluginFolder.With();
        await using var defaultHost = await TestHost.StartAsync(plugins);
        var query = "{ __typename " + new string(' ', 1_000_000) + "}";

        using var response = await defaultHost.PostGraphQLAsync(query, accept: "application/graphql-response+json");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        Codes(await TestHost.ReadJsonAsync(response)).Should().Equal("REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task A_thousand_operations_in_one_batch_are_refused()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 1000)) + "]";

        using var response = await Host.PostRawAsync(batch, "application/json", "application/graphql-response+json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Codes(await TestHost.ReadJsonAsync(response)).Should().Equal("BATCH_TOO_LARGE");
        await ExpectHealthyAsync();
    }

    [Fact]
    public async Task An_operation_that_runs_too_long_is_stopped_with_its_own_code()
    {
        using var response = await Host.PostGraphQLAsync("{ slowField(milliseconds: 30000) }", accept: "application/graphql-response+json");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        Codes(await TestHost.ReadJsonAsync(response)).Should().Equal("EXECUTION_TIMEOUT");
        await ExpectHealthyAsync();
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_while_typename_still_works()
    {
        await ExpectRefusedAsync("{ __schema { types { name } } }", "INTROSPECTION_DISABLED");
    }

    [Fact]
    public async Task Without_introspection_the_sdl_is_not_served_either()
    {
        using var response = await Host.Client.GetAsync("/graphql/schema.graphql");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Field_suggestions_can_be_switched_off()
    {
        var result = await RefusedAsync("{ greetin }");

        result.GetProperty("errors")[0].GetProperty("message").GetString().Should().NotContain("greeting\"").And.NotContain("Did you mean");
    }

    private async Task ExpectRefusedAsync(string query, string code)
    {
        Codes(await RefusedAsync(query)).Should().Contain(code);
        await ExpectHealthyAsync();
    }

    private async Task<JsonElement> RefusedAsync(string query)
    {
        using var response = await Host.PostGraphQLAsync(query, accept: "application/graphql-response+json");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var result = await TestHost.ReadJsonAsync(response);
        result.TryGetProperty("data", out _).Should().BeFalse();
        return result;
    }

    private async Task ExpectHealthyAsync() =>
        (await Host.GraphQLAsync("{ __typename }")).GetProperty("data").GetProperty("__typename").GetString().Should().Be("Query");

    private static List<string?> Codes(JsonElement result) =>
        result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList();
}
