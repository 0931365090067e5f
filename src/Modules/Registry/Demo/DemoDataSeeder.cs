using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.Demo;

/// <summary>
/// At start-up, fills an empty Registry with a generated province so that a newcomer's first query
/// returns data. Does nothing when switched off or when any unit already exists.
/// </summary>
public sealed class DemoDataSeeder(DemoDataOptions options, string provinceName, IServiceScopeFactory scopes, IClock clock, ILogger<DemoDataSeeder> logger)
    : IHostedService
{
    private const int PeoplePerSave = 400;

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

        var generator = new ProvinceGenerator(options.Seed, clock.Today, options.TrainingsPerYear);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var units = generator.Units(provinceName);
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);
        var records = 0;
        foreach (var batch in generator.People(options.People).Chunk(PeoplePerSave))
        {
            foreach (var generated in batch)
            {
                db.Add(generated.Person);
                db.AddRange(generated.Records);
                records += generated.Records.Count;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Seeded a demo province: {Units} units, {People} people, {Records} career records (switch off with TriThuc:Modules:Registry:DemoData:Enabled=false)",
            units.Count, options.People, records);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
