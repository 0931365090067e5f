using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriThuc.Host.Plugins;

namespace TriThuc.Host.Health;

/// <summary>Ready only when every loaded module's database answers.</summary>
internal sealed class ModuleDatabasesHealthCheck(ModuleCatalog catalog, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var failing = new List<string>();
        foreach (var module in catalog.Modules.Where(m => m.Definition.DbContextType is not null))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);
            bool answers;
            try
            {
                answers = await db.Database.CanConnectAsync(cancellationToken);
            }
            catch (Exception)
            {
                answers = false;
            }

            data[module.Name] = answers ? "ok" : "unreachable";
            if (!answers)
            {
                failing.Add(module.Name);
            }
        }

        return failing.Count == 0
            ? HealthCheckResult.Healthy("Mọi cơ sở dữ liệu phân hệ đều trả lời.", data)
            : HealthCheckResult.Unhealthy($"Cơ sở dữ liệu không trả lời: {string.Join(", ", failing)}.", data: data);
    }
}
