using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TriThuc.SharedKernel.Modules;

/// <summary>
/// The frame of a module's demo data, seeded at start-up so that a frontend has something to show on first run. Does
/// nothing when switched off (<c>TriThuc:Modules:&lt;Module&gt;:DemoData:Enabled</c>) or when the module already holds
/// records; seeds in one scope, through the module's services, so the demo obeys the same rules as a clerk; and a
/// failure is logged, never thrown: demo data must not stop the host (another host seeding the same database, a rule
/// the demo no longer fits).
/// </summary>
public abstract class ModuleDemoData(string module, bool enabled, IServiceScopeFactory scopes, ILogger logger) : IHostedService
{
    protected ILogger Logger { get; } = logger;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (await HasRecordsAsync(scope.ServiceProvider, cancellationToken))
        {
            return;
        }

        try
        {
            await SeedAsync(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Logger.LogWarning(failure, "{Module} demo data stopped part-way: {Reason}", module, failure.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether the module holds records already, so the demo stays out of a province's real data.</summary>
    protected abstract Task<bool> HasRecordsAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected abstract Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
