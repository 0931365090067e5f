using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.People;

/// <summary>
/// At start-up, gives the keyed national-ID hash to every person whose number has none: the records kept before the
/// hash was, and all of them once a key is first configured. Each is saved as any change (audited). Saves stamp the
/// hash from then on (<see cref="RegistryDbContext"/>). A key that changes needs the hashes cleared to be made again.
/// </summary>
public sealed class RegistryNationalIdHashBackfill(IServiceScopeFactory scopes, NationalIdHasher hasher, ILogger<RegistryNationalIdHashBackfill> logger) : IHostedService
{
    private const int PeoplePerSave = 500;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!hasher.IsConfigured)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var filled = 0;
        while (true)
        {
            var batch = await db.Intellectuals.Where(p => p.NationalId != null && p.NationalIdHash == null)
                .OrderBy(p => p.Id).Take(PeoplePerSave).ToListAsync(cancellationToken);
            batch.ForEach(db.StampNationalIdHash);
            batch.RemoveAll(p => p.NationalIdHash is null); // a number that is not 12 digits has no hash; do not loop on it
            if (batch.Count == 0)
            {
                break;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            filled += batch.Count;
        }

        if (filled > 0)
        {
            logger.LogInformation("Gave {People} Registry records the keyed hash of their national ID", filled);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
