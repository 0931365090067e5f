using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TriThuc.Host.Audit;

/// <summary>
/// Verifies every chain once the host has started, in the background so that a large audit trail does not delay
/// start-up: a broken chain is logged as an error naming the first broken row of each log, and shown by
/// <c>/health/ready</c> as Degraded (still 200: the host keeps serving; tampering is for people to investigate, not a
/// reason to stop the province's work). Each chain's length and last hash are logged too, so that the log, kept
/// elsewhere, anchors the chain against someone who holds both the database and the key.
/// </summary>
internal sealed class AuditChainVerification(AuditVerifier verifier, AuditChainStatus status, ILogger<AuditChainVerification> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var chains = await verifier.VerifyAsync(stoppingToken);
            foreach (var (database, chain) in chains)
            {
                if (chain.Break is { } broken)
                {
                    logger.LogError("Audit chain broken in {Database}.{Table}: first broken row {Id}: {Problem}", database, broken.Table, broken.Id, broken.Problem);
                }

                logger.LogInformation("Audit chain head {Database}.{Table}: {Length} rows, last hash {Head}", database, chain.Table, chain.Length, chain.Head);
            }

            status.Chains = chains;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status.Failure = ex.Message;
            logger.LogError(ex, "The audit chains could not be verified");
        }
    }
}

/// <summary><c>/health/ready</c>: Degraded while a chain is broken (or could not be verified), naming the first broken row of each log.</summary>
internal sealed class AuditChainHealthCheck(AuditChainStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (status.Failure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"Không kiểm tra được chuỗi nhật ký: {failure}"));
        }

        if (status.Chains is not { } chains)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Chuỗi nhật ký chưa được kiểm tra (đang kiểm tra, hoặc không bật)."));
        }

        var broken = chains.Where(c => c.Chain.Break is not null).ToList();
        var data = broken.ToDictionary(c => $"{c.Database}.{c.Chain.Table}", c => (object)$"{c.Chain.Break!.Id}: {c.Chain.Break.Problem}");
        return Task.FromResult(broken.Count == 0
            ? HealthCheckResult.Healthy("Mọi chuỗi nhật ký đều nguyên vẹn.")
            : HealthCheckResult.Degraded($"Chuỗi nhật ký bị phá ở {broken.Count} bảng; chạy verify-audit để xem.", data: data));
    }
}
