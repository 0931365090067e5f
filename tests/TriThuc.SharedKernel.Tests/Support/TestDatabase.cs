using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Tests.Support;

/// <summary>
/// Two module databases (a publisher and a subscriber) as real SQLite files in a temporary folder,
/// wired as the host wires them. <see cref="Restart"/> builds a fresh service provider over the same
/// files, as a host restarted after a crash would.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trithuc-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The folder the databases' files are in.</summary>
    public string Folder => _folder;

    public TestDatabase()
    {
        Directory.CreateDirectory(_folder);
        Services = Build();
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<PublisherDbContext>().Database.EnsureCreated();
        scope.ServiceProvider.GetRequiredService<SubscriberDbContext>().Database.EnsureCreated();
    }

    public ServiceProvider Services { get; private set; }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    /// <summary>The people whose processing is restricted, as the host's privacy service would answer.</summary>
    public TestRestrictions Restrictions { get; } = new();

    public void Restart()
    {
        Services.Dispose();
        Services = Build();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<int> DispatchAsync() =>
        Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(typeof(PublisherDbContext), CancellationToken.None);

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
        services.AddSingleton<IClock>(Clock);
        services.AddSingleton<ICurrentUser>(new TestUser("clerk-1"));
        services.AddSingleton<Privacy.IProcessingRestrictions>(Restrictions);
        services.AddSingleton<IOutboxSignal, OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<HandlerLog>();
        services.AddModuleDbContext<PublisherDbContext>(Module("Publisher"));
        services.AddModuleDbContext<SubscriberDbContext>(Module("Subscriber"));
        services.AddScoped<CountingHandler>();
        services.AddScoped<FlakyHandler>();
        services.AddSingleton<IIntegrationEventHandlerSource>(new TestHandlers());
        return services.BuildServiceProvider();
    }

    private ModuleContext Module(string name) => new(
        name,
        new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(),
        new ModuleDatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, name + ".db")}"),
        "Testing");
}
