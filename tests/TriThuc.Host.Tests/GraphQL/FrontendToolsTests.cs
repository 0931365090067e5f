using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.GraphQL;

/// <summary>
/// The tools a frontend team runs, run for real (Node.js, from the repository's lock file) against a live host with
/// every module: the GraphQL-over-HTTP spec's audit, GraphQL Inspector, and the committed schema they review.
/// </summary>
public sealed class FrontendToolsTests(FrontendToolsTests.ProvinceEndpoint fixture) : IClassFixture<FrontendToolsTests.ProvinceEndpoint>
{
    /// <summary>The audits graphql-http 1.23 runs, by level: every one must pass.</summary>
    private const int MustAudits = 13, ShouldAudits = 23, MayAudits = 25;

    private static string CommittedSchema => Path.Combine(RepositoryRoot.Path, "schema.graphql");

    /// <summary>The schema of the last release, which the breaking-change check compares against.</summary>
    private static string ReleasedSchema => Path.Combine(RepositoryRoot.Path, "docs", "releases", "1.0.0", "schema.graphql");

    public sealed class ProvinceEndpoint : IAsyncLifetime
    {
        private PluginFolder? _plugins;

        public TestHost Host { get; private set; } = null!;

        public string Url => Host.GraphQLUrl;

        public async Task InitializeAsync()
        {
            _plugins = PluginFolder.WithAllModules();
            Host = await TestHost.StartAsync(_plugins);
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            _plugins?.Dispose();
        }
    }

    [Fact]
    public async Task The_committed_schema_is_the_schema_the_host_serves()
    {
        var served = await fixture.Host.Client.GetStringAsync("/graphql/schema.graphql");
        if (Environment.GetEnvironmentVariable("TRITHUC_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(CommittedSchema, served);
        }

        var committed = File.Exists(CommittedSchema) ? (await File.ReadAllTextAsync(CommittedSchema)).ReplaceLineEndings("\n") : "";
        served.ReplaceLineEndings("\n").Should().Be(committed,
            "schema.graphql is the reviewed contract with the frontends: a change to the schema is committed with it "
            + "(TRITHUC_UPDATE_SCHEMA=1 dotnet test tests/TriThuc.Host.Tests --filter The_committed_schema writes it), "
            + "and a breaking one is announced in CHANGELOG.md");
    }

    [Fact]
    public async Task The_GraphQL_over_HTTP_audit_passes_every_MUST_SHOULD_and_MAY()
    {
        var output = await ExternalCommand.RunAsync("node", ["tools/graphql-tools/audit.mjs", fixture.Url], RepositoryRoot.Path);

        var summary = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        summary.GetProperty("must").GetProperty("total").GetInt32().Should().Be(MustAudits, output);
        summary.GetProperty("must").GetProperty("passed").GetInt32().Should().Be(MustAudits, output);
        summary.GetProperty("should").GetProperty("total").GetInt32().Should().Be(ShouldAudits, output);
        summary.GetProperty("should").GetProperty("passed").GetInt32().Should().Be(ShouldAudits, output);
        summary.GetProperty("may").GetProperty("total").GetInt32().Should().Be(MayAudits, output);
        summary.GetProperty("may").GetProperty("passed").GetInt32().Should().Be(MayAudits, output);
    }

    [Fact]
    public async Task GraphQL_Inspector_introspects_the_live_host_and_finds_no_breaking_change_from_the_committed_schema()
    {
        var introspected = Path.Combine(TempPaths.NewFolder("inspector"), "live.graphql");

        await ExternalCommand.RunAsync("npx", ["--no-install", "graphql-inspector", "introspect", fixture.Url, "--write", introspected], RepositoryRoot.Path);
        var diff = await ExternalCommand.RunAsync("npx", ["--no-install", "graphql-inspector", "diff", CommittedSchema, introspected], RepositoryRoot.Path);

        File.ReadAllText(introspected).Should().Contain("type Query").And.Contain("scalar DateOnly");
        diff.Should().Contain("No breaking changes detected");
    }

    [Fact]
    public async Task Every_breaking_change_since_the_last_release_is_announced_in_the_changelog()
    {
        var output = await ExternalCommand.RunAsync("node",
            ["tools/graphql-tools/breaking-changes.mjs", ReleasedSchema, CommittedSchema, "CHANGELOG.md"], RepositoryRoot.Path);

        output.Should().Contain("announced Query.fundCalls", "the Science renames of this release are breaking and announced");
    }

    [Fact]
    public async Task A_breaking_change_the_changelog_does_not_announce_fails_the_check()
    {
        var silentChangelog = Path.Combine(TempPaths.NewFolder("changelog"), "CHANGELOG.md");
        await File.WriteAllTextAsync(silentChangelog, "# Changelog\n\n## Unreleased\n\nNothing to see.\n\n## 1.0.0\n\n`fundCalls` was added.\n");

        var check = () => ExternalCommand.RunAsync("node",
            ["tools/graphql-tools/breaking-changes.mjs", ReleasedSchema, CommittedSchema, silentChangelog], RepositoryRoot.Path);

        (await check.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("UNANNOUNCED Query.fundCalls");
    }
}
