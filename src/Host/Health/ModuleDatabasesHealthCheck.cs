using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TriThuc.Host.Health;

/// <summary>Ready only when the host's database and every loaded module's database answer.</summary>
internal sealed class ModuleDatabasesHealthCheck(ModuleCatalog catalog, PlatformDatabase platform, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var databases = catalog.Modules.Where(m => m.Definition.DbContextType is not null)
            .Select(m => (m.Name, m.Context.Database, ContextType: m.Definition.DbContextType!))
            .Prepend((PlatformDbContext.AuditModuleName, platform.Settings, typeof(PlatformDbContext)));

        var data = new Dictionary<string, object>();
        var failing = new List<string>();
        foreach (var (name, settings, contextType) in databases)
        {
            var answers = await AnswersAsync(settings, contextType, cancellationToken);
            data[name] = answers ? "ok" : "unreachable";
            if (!answers)
            {
                failing.Add(name);
            }
        }

        return failing.Count == 0
            ? HealthCheckResult.Healthy("Mọi cơ sở dữ liệu đều trả lời.", data)
            : HealthCheckResult.Unhealthy($"Cơ sở dữ liệu không trả lời: {string.Join(", ", failing)}.", data: data);
    }

    private async Task<bool> AnswersAsync(ModuleDatabaseSettings settings, Type contextType, CancellationToken cancellationToken)
    {
        try
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // A fresh connection that may not create the file: a deleted database must not come back empty and "healthy".
                var connectionString = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
                await using var connection = new SqliteConnection(connectionString.ToString());
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
            }

            await using var scope = scopes.CreateAsyncScope();
            return await ((DbContext)scope.ServiceProvider.GetRequiredService(contextType)).Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException or TimeoutException)
        {
            return false;
        }
    }
}
