using TriThuc.SharedKernel.Events;

namespace TriThuc.Host.Events;

/// <summary>Runs the outbox dispatcher over every module's database: on a signal after a commit, and on a timer.</summary>
internal sealed class OutboxDispatcherService(
    ModuleCatalog catalog,
    OutboxDispatcher dispatcher,
    IOutboxSignal signal,
    IOptions<PlatformOptions> options,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = options.Value.Outbox.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var module in catalog.Modules.Where(m => m.Definition.DbContextType is not null))
            {
                try
                {
                    while (await dispatcher.DispatchAsync(module.Definition.DbContextType!, stoppingToken) == OutboxDispatcher.BatchSize)
                    {
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not read the outbox of module {ModuleName}", module.Name);
                }
            }

            try
            {
                await signal.WaitAsync(pollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
