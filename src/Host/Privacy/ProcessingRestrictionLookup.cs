using TriThuc.SharedKernel.Privacy;

namespace TriThuc.Host.Privacy;

/// <summary>
/// Whether people's processing is restricted, read from the host's database for every module (the kit's save
/// interceptor and the modules' flags ask it). Kept apart from <see cref="PrivacyService"/>, which needs every module's
/// database: a module's save must not build them all.
/// </summary>
internal sealed class ProcessingRestrictionLookup(PlatformDbContext db) : IProcessingRestrictions
{
    public Task<bool> IsRestrictedAsync(string personId, CancellationToken cancellationToken) =>
        db.ProcessingRestrictions.AsNoTracking().AnyAsync(r => r.PersonId == personId && r.LiftedAt == null, cancellationToken);

    public async Task<IReadOnlySet<string>> RestrictedAmongAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return new HashSet<string>();
        }

        var ids = personIds.ToList();
        return (await db.ProcessingRestrictions.AsNoTracking()
                .Where(r => r.LiftedAt == null && EF.Parameter(ids).Contains(r.PersonId))
                .Select(r => r.PersonId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
