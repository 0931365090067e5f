using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Data;
using TriThuc.SharedKernel.Time;

namespace TriThuc.Modules.Registry.Demo;

/// <summary>
/// At start-up, fills an empty Registry with a generated province so that a newcomer's first query
/// returns data. Does nothing when switched off or when any unit already exists.
/// </summary>
public sealed class DemoDataSeeder(DemoDataOptions options, string provinceName, IServiceScopeFactory scopes, IClock clock, ILogger<DemoDataSeeder> logger)
    : IHostedService
{
    private const int BatchSize = 2_000;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Enabled != true)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var province = new ProvinceGenerator(options.Seed, clock.Today).Generate(options.People, provinceName);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Units.AddRange(province.Units);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var batch in province.People.Cast<object>().Concat(province.Records).Chunk(BatchSize))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Seeded a demo province: {Units} units, {People} people, {Records} career records (switch off with TriThuc:Modules:Registry:DemoData:Enabled=false)",
            province.Units.Count, province.People.Count, province.Records.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
