using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>
/// clients/web-example, built as a frontend team builds it (GraphQL Code Generator introspecting the live host, then
/// TypeScript) and run with Apollo Client 4 and urql against a live host: a paged list merged in Apollo's normalised
/// cache, the signed-in user, and an error Apollo reports with the host's code.
/// </summary>
public sealed class ClientExampleTests(ClientExampleTests.Province province) : IClassFixture<ClientExampleTests.Province>
{
    public sealed class Province : ProvinceHost
    {
        protected override IReadOnlyList<string> Modules => [];
    }

    private static string Example => Path.Combine(RepositoryRoot.Path, "clients", "web-example");

    [Fact]
    public async Task The_example_builds_and_its_clients_page_sign_in_and_report_errors_against_a_live_host()
    {
        var endpoint = province.Host.GraphQLUrl;
        await ExternalCommand.RunAsync("npm", ["run", "build", "--silent"], Example, new Dictionary<string, string> { ["TRITHUC_SCHEMA"] = endpoint });

        var output = await ExternalCommand.RunAsync("node", ["dist/check.js", endpoint, province.Administrator], Example);

        var seen = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        var apollo = seen.GetProperty("apollo");
        var everyone = await AllNamesAsync();
        apollo.GetProperty("totalCount").GetInt32().Should().Be(everyone.Count);
        Names(apollo.GetProperty("firstPage")).Should().Equal(everyone.Take(2));
        Names(apollo.GetProperty("mergedEdges")).Should().Equal(everyone.Take(4), "the second page is appended to the first in Apollo's cache");
        Names(apollo.GetProperty("mergedNodes")).Should().Equal(everyone.Take(4), "nodes are read back from the merged edges");
        Names(seen.GetProperty("urql").GetProperty("names")).Should().Equal(everyone.Take(6), "urql walks three pages of two by their cursors");
        apollo.GetProperty("me").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("administrator");
        apollo.GetProperty("modules").EnumerateArray().Select(m => m.GetString()).Should().Contain("Registry");
        var keys = apollo.GetProperty("cachedKeys").EnumerateArray().Select(k => k.GetString()!).ToList();
        keys.Should().Contain(k => k.StartsWith("Intellectual:", StringComparison.Ordinal), "entities are normalised by id");
        keys.Should().Contain("PlatformModule:{\"name\":\"Registry\"}", "a type without id is normalised by its documented key");
        keys.Should().Contain(k => k.StartsWith("EthnicGroup:{\"code\":", StringComparison.Ordinal));
        var error = apollo.GetProperty("anonymousError");
        error.GetProperty("graphQLError").GetBoolean().Should().BeTrue("Apollo must see the host's error as a GraphQL error, not a network failure");
        error.GetProperty("code").GetString().Should().Be("FORBIDDEN");
        error.GetProperty("message").GetString().Should().Contain("đăng nhập");
    }

    private async Task<List<string>> AllNamesAsync()
    {
        var result = await province.GraphQLAsync("{ intellectuals(first: 100, orderBy: NAME_ASCENDING) { nodes { fullName } } }", token: province.Administrator);
        return [.. result.Data("intellectuals").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("fullName").GetString()!)];
    }

    private static List<string> Names(JsonElement names) => [.. names.EnumerateArray().Select(n => n.GetString()!)];
}
