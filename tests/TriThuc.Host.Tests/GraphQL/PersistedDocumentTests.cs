using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>
/// Documents sent by hash: Apollo's automatic persisted queries (a hash not known yet asks for the document once), and
/// the allowlist mode that runs trusted documents only.
/// </summary>
public sealed class PersistedDocumentTests
{
    private const string Document = "query Hello { greeting }";

    private static readonly string Hash = HashOf(Document);

    [Fact]
    public async Task A_hash_not_known_yet_asks_for_the_document_once_and_then_runs_by_hash_over_POST_and_GET()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var unknown = await PostAsync(host, query: null, Hash);
        using var registered = await PostAsync(host, Document, Hash);
        using var byHash = await PostAsync(host, query: null, Hash);
        using var byGet = await host.GetAsync("/graphql?operationName=Hello&extensions="
            + Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = Hash } })));

        unknown.StatusCode.Should().Be(HttpStatusCode.OK, "Apollo Client's link reads the code from a 200 answer, as Apollo Server sends it");
        (await TestHost.ReadJsonAsync(unknown)).FirstError().Code.Should().Be("PERSISTED_QUERY_NOT_FOUND");
        (await TestHost.ReadJsonAsync(registered)).GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNullOrEmpty();
        (await TestHost.ReadJsonAsync(byHash)).GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNullOrEmpty();
        (await TestHost.ReadJsonAsync(byGet)).GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_document_sent_with_another_documents_hash_is_refused()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var mismatch = await PostAsync(host, "{ __typename }", Hash);
        using var thenByHash = await PostAsync(host, query: null, Hash);

        mismatch.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TestHost.ReadJsonAsync(mismatch)).FirstError().Code.Should().Be("PERSISTED_QUERY_HASH_MISMATCH");
        (await TestHost.ReadJsonAsync(thenByHash)).FirstError().Code.Should().Be("PERSISTED_QUERY_NOT_FOUND", "a refused document is not registered");
    }

    [Fact]
    public async Task In_allowlist_mode_only_the_listed_documents_run_whole_or_by_hash()
    {
        using var plugins = PluginFolder.With("Greeting");
        var allowlist = await WriteAllowlistAsync(new Dictionary<string, string> { [Hash] = Document });
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:GraphQL:PersistedDocuments:Mode=AllowlistOnly", "TriThuc:GraphQL:PersistedDocuments:AllowlistPath=" + allowlist);

        using var byHash = await PostAsync(host, query: null, Hash);
        using var whole = await PostAsync(host, Document, hash: null);
        using var other = await PostAsync(host, "{ __typename }", hash: null);
        var otherHash = HashOf("{ __typename }");
        using var otherRegistering = await PostAsync(host, "{ __typename }", otherHash);
        using var otherByHash = await PostAsync(host, query: null, otherHash);

        (await TestHost.ReadJsonAsync(byHash)).GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNullOrEmpty();
        (await TestHost.ReadJsonAsync(whole)).GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNullOrEmpty();
        foreach (var refused in new[] { other, otherRegistering, otherByHash })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var (code, _, message) = (await TestHost.ReadJsonAsync(refused)).FirstError();
            code.Should().Be("PERSISTED_QUERY_NOT_ALLOWED");
            message.Should().Contain("danh sách cho phép");
        }
    }

    [Fact]
    public async Task In_allowlist_mode_a_batch_or_a_GET_with_an_unlisted_document_is_refused_and_codegens_prefixed_keys_are_read()
    {
        using var plugins = PluginFolder.With("Greeting");
        var allowlist = await WriteAllowlistAsync(new Dictionary<string, string> { ["sha256:" + Hash] = Document });
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:GraphQL:PersistedDocuments:Mode=AllowlistOnly", "TriThuc:GraphQL:PersistedDocuments:AllowlistPath=" + allowlist);

        using var listed = await PostAsync(host, query: null, Hash);
        using var batch = await host.PostRawAsync(
            JsonSerializer.Serialize(new object[] { new { query = Document }, new { query = "{ __typename }" } }), "application/json");
        using var get = await host.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));

        (await TestHost.ReadJsonAsync(listed)).GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNullOrEmpty();
        foreach (var refused in new[] { batch, get })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await TestHost.ReadJsonAsync(refused)).FirstError().Code.Should().Be("PERSISTED_QUERY_NOT_ALLOWED");
        }
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("[1]")]
    [InlineData("99999999999999999999")]
    [InlineData("2")]
    public async Task A_persisted_query_of_another_version_is_a_bad_request_not_a_server_error(string version)
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        using var response = await host.PostRawAsync(
            "{\"extensions\":{\"persistedQuery\":{\"version\":" + version + ",\"sha256Hash\":\"" + Hash + "\"}}}", "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TestHost.ReadJsonAsync(response)).FirstError().Code.Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task Registered_documents_are_bounded_by_their_size_and_a_forgotten_one_is_asked_for_again()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:GraphQL:PersistedDocuments:MaxRegisteredCharacters=30");
        const string big = "query Big { greeting again: greeting }";
        var bigHash = HashOf(big);

        using var registering = await host.PostRawAsync(JsonSerializer.Serialize(new
        {
            query = big, extensions = new { persistedQuery = new { version = 1, sha256Hash = bigHash } },
        }), "application/json");
        using var byHash = await host.PostRawAsync(JsonSerializer.Serialize(new
        {
            extensions = new { persistedQuery = new { version = 1, sha256Hash = bigHash } },
        }), "application/json");

        var registered = await TestHost.ReadJsonAsync(registering);
        registered.TryGetProperty("data", out _).Should().BeTrue(registered.ToString());
        registered.GetProperty("data").GetProperty("greeting").GetString().Should().NotBeNullOrEmpty();
        (await TestHost.ReadJsonAsync(byHash)).FirstError().Code.Should().Be("PERSISTED_QUERY_NOT_FOUND", "a document larger than the whole bound is not kept");
    }

    [Fact]
    public async Task An_allowlist_whose_hash_does_not_match_its_document_stops_the_host_at_start()
    {
        using var plugins = PluginFolder.With("Greeting");
        var allowlist = await WriteAllowlistAsync(new Dictionary<string, string> { [Hash] = "{ __typename }" });

        var start = () => TestHost.StartAsync(plugins,
            "TriThuc:GraphQL:PersistedDocuments:Mode=AllowlistOnly", "TriThuc:GraphQL:PersistedDocuments:AllowlistPath=" + allowlist);

        (await start.Should().ThrowAsync<Exception>()).Which.GetBaseException().Message.Should().Contain(Hash).And.Contain("allowlist");
    }

    private static Task<HttpResponseMessage> PostAsync(TestHost host, string? query, string? hash)
    {
        var body = new Dictionary<string, object?> { ["operationName"] = query is null || query == Document ? "Hello" : null };
        if (query is not null)
        {
            body["query"] = query;
        }

        if (hash is not null)
        {
            body["extensions"] = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        }

        return host.PostRawAsync(JsonSerializer.Serialize(body), "application/json", accept: "application/graphql-response+json");
    }

    private static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static async Task<string> WriteAllowlistAsync(Dictionary<string, string> manifest)
    {
        var path = Path.Combine(TempPaths.NewFolder("allowlist"), "persisted-documents.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(manifest));
        return path;
    }
}
