using TriThuc.Modules.Registry.Data;

namespace TriThuc.Modules.Registry.Reference;

/// <summary>The reference lists as the database holds them.</summary>
public sealed class ReferenceService(RegistryDbContext db)
{
    public Task<List<EthnicGroup>> EthnicGroupsAsync(CancellationToken cancellationToken) =>
        db.EthnicGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken);

    public Task<List<ExpertiseField>> ExpertiseFieldsAsync(CancellationToken cancellationToken) =>
        db.ExpertiseFields.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
}
