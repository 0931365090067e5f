using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TriThuc.Fixtures.Echo;

/// <summary>A module's background service: it only says that it started.</summary>
internal sealed class EchoListener(ILogger<EchoListener> logger) : BackgroundService
{
    public const string StartedMessage = "Echo listener started";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation(StartedMessage);
        return Task.CompletedTask;
    }
}
