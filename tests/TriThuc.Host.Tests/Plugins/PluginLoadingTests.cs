using System.Net;
using System.Text.Json;
using TriThuc.Host.GraphQL;
using TriThuc.Host.Plugins;
using TriThuc.Host.Tests.Support;
using TriThuc.Testing;

namespace TriThuc.Host.Tests.Plugins;

public sealed class PluginLoadingTests
{
    [Fact]
    public async Task A_plugin_dropped_into_the_plugins_folder_appears_in_the_schema_without_rebuilding_the_host()
    {
        using var plugins = PluginFolder.With("Greeting");
        await using var host = await TestHost.StartAsync(plugins);

        var result = await host.GraphQLAsync("{ greeting platform { modules { name rootFields } } }");

        result.GetProperty("data").GetProperty("greeting").GetString().Should().Be("Xin chào, Tuyên Quang! Trí thức Hà Giang.");
        var module = result.GetProperty("data").GetProperty("platform").GetProperty("modules").EnumerateArray().Single();
        module.GetProperty("name").GetString().Should().Be("Greeting");
        module.GetProperty("rootFields").EnumerateArray().Select(f => f.GetString()).Should().Contain(["greeting", "greetings", "sendGreeting"]);
        (await host.Client.GetStringAsync("/graphql/schema.graphql")).Should().Contain("greeting: String!");
    }

    [Fact]
    public async Task A_host_without_the_plugin_does_not_know_its_fields()
    {
        using var plugins = PluginFolder.With();
        await using var host = await TestHost.StartAsync(plugins);

        var result = await host.GraphQLAsync("{ greeting }");

        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task A_plugin_that_throws_while_registering_stops_start_up_naming_the_module_and_the_reason()
    {
        using var plugins = PluginFolder.With("Greeting", "Throwing");

        var start = () => TestHost.StartAsync(plugins);

        var failure = (await start.Should().ThrowAsync<ModuleLoadException>()).Which;
        failure.ModuleName.Should().Be("Throwing");
        failure.Message.Should().Contain("Module 'Throwing' failed to load").And.Contain("cấu hình của phân hệ bị hỏng");
    }

    [Fact]
    public async Task A_plugin_that_throws_is_skipped_when_configured_and_the_others_still_serve()
    {
        using var plugins = PluginFolder.With("Greeting", "Throwing");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Plugins:OnLoadFailure=Skip");

        var result = await host.GraphQLAsync("{ greeting platform { modules { name } } }");

        result.GetProperty("data").GetProperty("greeting").GetString().Should().StartWith("Xin chào");
        ModuleNames(result).Should().Equal("Greeting");
    }

    [Fact]
    public async Task A_plugin_missing_a_private_dependency_is_reported_with_the_missing_assembly()
    {
        using var plugins = PluginFolder.With().Add("MissingDependency", except: file => file.Contains(".Library."));

        var start = () => TestHost.StartAsync(plugins);

        var failure = (await start.Should().ThrowAsync<ModuleLoadException>()).Which;
        failure.ModuleName.Should().Be("MissingDependency");
        failure.Reason.Should().Contain("TriThuc.Fixtures.MissingDependency.Library");
    }

    [Fact]
    public async Task A_plugin_missing_a_dependency_is_skipped_when_configured()
    {
        using var plugins = PluginFolder.With("Greeting").Add("MissingDependency", except: file => file.Contains(".Library."));
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Plugins:OnLoadFailure=Skip");

        ModuleNames(await host.GraphQLAsync("{ platform { modules { name } } }")).Should().Equal("Greeting");
    }

    [Fact]
    public async Task An_assembly_that_is_not_built_against_the_module_contract_is_refused_by_name()
    {
        const string library = "TriThuc.Fixtures.MissingDependency.Library";
        using var plugins = PluginFolder.With().AddSingleFile(library, "MissingDependency", library + ".dll");

        var start = () => TestHost.StartAsync(plugins);

        var failure = (await start.Should().ThrowAsync<ModuleLoadException>()).Which;
        failure.ModuleName.Should().Be(library);
        failure.Reason.Should().Contain("does not reference TriThuc.SharedKernel");
    }

    [Fact]
    public async Task Two_modules_claiming_one_root_field_stop_start_up_naming_both_even_when_skipping()
    {
        using var plugins = PluginFolder.With("Greeting", "Colliding");

        var start = () => TestHost.StartAsync(plugins, "TriThuc:Plugins:OnLoadFailure=Skip");

        (await start.Should().ThrowAsync<SchemaCompositionException>()).Which.Message
            .Should().Contain("'Query.greeting'").And.Contain("'Colliding'").And.Contain("'Greeting'");
    }

    [Fact]
    public async Task A_module_disabled_in_configuration_is_not_loaded()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Modules:Echo:Enabled=false");

        ModuleNames(await host.GraphQLAsync("{ platform { modules { name } } }")).Should().Equal("Greeting");
        File.Exists(Path.Combine(host.DataPath, "echo.db")).Should().BeFalse();
    }

    [Fact]
    public async Task A_module_disabled_by_name_is_not_loaded_whatever_its_folder_is_called()
    {
        using var plugins = PluginFolder.With("Greeting").Add("Echo", targetFolder: "echo-1.2");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Modules:Echo:Enabled=false");

        ModuleNames(await host.GraphQLAsync("{ platform { modules { name } } }")).Should().Equal("Greeting");
    }

    [SqliteFact]
    public async Task A_module_whose_database_cannot_be_migrated_is_skipped_and_receives_no_more_events()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Plugins:OnLoadFailure=Skip",
            "TriThuc:Modules:Echo:ConnectionString=Data Source=/proc/no-such-folder/echo.db");

        ModuleNames(await host.GraphQLAsync("{ platform { modules { name } } }")).Should().Equal("Greeting");
        await host.GraphQLAsync("mutation { sendGreeting(text: \"Không ai nghe\") { id } }", token: host.Token(SharedKernel.Security.Roles.Editor, "Greeting"));

        var pending = await Eventually.ValueAsync(async () => (await host.OutboxTypesAsync("Greeting", pendingOnly: true)).Count, count => count == 0);
        pending.Should().Be(0, "the event is delivered to the modules still running, and the skipped one is not retried forever");
    }

    [SqliteFact]
    public async Task A_module_skipped_while_migrating_leaves_no_route_health_check_or_background_service_behind()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Plugins:OnLoadFailure=Skip",
            "TriThuc:Modules:Echo:ConnectionString=Data Source=/proc/no-such-folder/echo.db");

        using var ping = await host.GetAsync("/api/echo/ping");
        ping.StatusCode.Should().Be(HttpStatusCode.NotFound, "the skipped module's routes are not mapped");
        var ready = await host.Client.GetStringAsync("/health/ready");
        ready.Should().NotContain("echo", "the skipped module's health checks are not run").And.Contain("Greeting");
        await host.App.StopAsync();
        host.LogLines().Should().NotContain(line => line.Contains("Echo listener started"),
            "the skipped module's background services are not started");
    }

    [Fact]
    public async Task A_running_module_serves_its_route_health_check_and_background_service()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins);

        (await host.Client.GetStringAsync("/api/echo/ping")).Should().Be("pong");
        (await host.Client.GetStringAsync("/health/ready")).Should().Contain("echo");
        await host.App.StopAsync();
        host.LogLines().Should().Contain(line => line.Contains("Echo listener started"));
    }

    [Fact]
    public async Task A_module_whose_dependency_is_missing_stops_start_up_naming_both()
    {
        using var plugins = PluginFolder.With("Echo");

        var start = () => TestHost.StartAsync(plugins);

        (await start.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("'Echo'").And.Contain("'Greeting'");
    }

    [Fact]
    public async Task A_module_whose_dependency_is_disabled_is_skipped_when_configured()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Plugins:OnLoadFailure=Skip", "TriThuc:Modules:Greeting:Enabled=false");

        ModuleNames(await host.GraphQLAsync("{ platform { modules { name } } }")).Should().BeEmpty();
        var lines = host.LogLines();
        lines.Should().Contain(line => line.Contains("'Echo'") && line.Contains("'Greeting'"));
    }

    [SqliteFact]
    public async Task A_module_is_skipped_with_the_module_it_depends_on_when_that_one_fails_later()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins,
            "TriThuc:Plugins:OnLoadFailure=Skip",
            "TriThuc:Modules:Greeting:ConnectionString=Data Source=/proc/no-such-folder/greeting.db");

        ModuleNames(await host.GraphQLAsync("{ platform { modules { name } } }")).Should().BeEmpty();
        using var ping = await host.GetAsync("/api/echo/ping");
        ping.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_module_is_skipped_with_the_module_it_depends_on_when_that_ones_graphql_types_fail()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins, "TriThuc:Plugins:OnLoadFailure=Skip", "TriThuc:Modules:Greeting:FailGraphQLTypes=true");

        ModuleNames(await host.GraphQLAsync("{ platform { modules { name } } }")).Should().BeEmpty();
        var sdl = await host.Client.GetStringAsync("/graphql/schema.graphql");
        sdl.Should().NotContain("echoes", "a module skipped with the module it depends on adds no field to the schema");
    }

    [Fact]
    public async Task A_module_adds_a_field_to_another_modules_type_by_its_name()
    {
        using var plugins = PluginFolder.With("Greeting", "Echo");
        await using var host = await TestHost.StartAsync(plugins);

        var sdl = await host.Client.GetStringAsync("/graphql/schema.graphql");

        sdl.Should().MatchRegex(@"type Greeting \{[^}]*echoCount: Int!");
    }

    private static IEnumerable<string?> ModuleNames(JsonElement result) =>
        result.GetProperty("data").GetProperty("platform").GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("name").GetString());
}
