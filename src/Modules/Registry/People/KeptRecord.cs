using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.People;

/// <summary>The record that answers for a person today: a record merged into another is followed to the one kept.</summary>
internal static class KeptRecord
{
    private const int MaxMerges = 10;

    public static async Task<Intellectual?> FindAsync(RegistryDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var person = await db.Intellectuals.FindAsync([id], cancellationToken);
        for (var hops = 0; person?.MergedIntoId is { } kept && hops < MaxMerges; hops++)
        {
            person = await db.Intellectuals.FindAsync([kept], cancellationToken);
        }

        return person;
    }
}
