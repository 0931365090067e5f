using System.Net;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>
/// The introspection query every common tool sends is answered, even under a low complexity limit, while the abuse
/// limits stay as they are for every other field, introspection's neighbours included.
/// </summary>
public sealed class IntrospectionTests(IntrospectionTests.LowLimitHost fixture) : IClassFixture<IntrospectionTests.LowLimitHost>
{
    private static readonly string StandardQuery = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphQL", "StandardIntrospectionQuery.graphql"));

    public sealed class LowLimitHost : IAsyncLifetime
    {
        private PluginFolder? _plugins;

        public TestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _plugins = PluginFolder.With("Greeting");
            Host = await TestHost.StartAsync(_plugins, "TriThuc:GraphQL:MaxComplexity=500");
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            _plugins?.Dispose();
        }
    }

    [Fact]
    public async Task The_standard_introspection_query_of_graphiql_codegen_and_inspector_is_answered_in_full()
    {
        using var response = await fixture.Host.PostGraphQLAsync(StandardQuery, operationName: "IntrospectionQuery", accept: "application/graphql-response+json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = await TestHost.ReadJsonAsync(response);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var schema = result.Data("__schema");
        schema.GetProperty("queryType").Text("name").Should().Be("Query");
        schema.GetProperty("directives").EnumerateArray().Should().OnlyContain(d => d.GetProperty("isRepeatable").ValueKind == JsonValueKind.False);
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.Text("name")!);
        types.Should().ContainKey("Greeting");
        types["DateTimeOffset"].Text("specifiedByURL").Should().Contain("rfc3339");
        types["DateTimeOffset"].Text("description").Should().StartWith("Một thời điểm");
    }

    [Fact]
    public async Task Introspection_beside_costly_data_does_not_make_the_data_free()
    {
        var query = "{ __schema { types { name fields { name } } } " + string.Join(" ", Enumerable.Range(0, 60).Select(i => $"p{i}: platform {{ modules {{ name version rootFields }} }}")) + " }";

        var result = await fixture.Host.GraphQLAsync(query);

        result.FirstError().Code.Should().Be("QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task The_schema_as_sdl_marks_the_scalars_with_the_specification_they_follow()
    {
        var sdl = await fixture.Host.Client.GetStringAsync("/graphql/schema.graphql");

        sdl.Should().Contain("scalar DateOnly @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc3339#section-5.6\")");
    }
}
