using TriThuc.Testing;

namespace TriThuc.Host.Tests.Support;

/// <summary>One host with the Greeting and Echo fixture plugins, shared by the tests of a class.</summary>
public sealed class GreetingHostFixture : IAsyncLifetime
{
    private PluginFolder? _plugins;

    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _plugins = PluginFolder.With("Greeting", "Echo");
        Host = await TestHost.StartAsync(_plugins, "TriThuc:GraphQL:MaxBatchSize=3", "TriThuc:GraphQL:MaxRequestBytes=20000");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _plugins?.Dispose();
    }
}
