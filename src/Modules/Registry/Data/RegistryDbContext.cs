using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.Data;

/// <summary>
/// The Registry's own database; each entity's mapping lives beside it (<c>*Configuration.cs</c>). On every save it
/// stamps each added or changed person's keyed national-ID hash from the number, so the hash never disagrees with it.
/// </summary>
public sealed class RegistryDbContext : ModuleDbContext
{
    private readonly NationalIdHasher? _hasher;

    /// <summary>The context the tools build (design time): it hashes nothing.</summary>
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options)
        : base(options)
    {
    }

    /// <summary>The context the host builds, with the platform's national-ID hasher.</summary>
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options, NationalIdHasher hasher)
        : base(options) => _hasher = hasher;

    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<AreaClassification> AreaClassifications => Set<AreaClassification>();

    public DbSet<Intellectual> Intellectuals => Set<Intellectual>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<LanguageSkill> LanguageSkills => Set<LanguageSkill>();

    public DbSet<LeadershipPosition> LeadershipPositions => Set<LeadershipPosition>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<Honour> Honours => Set<Honour>();

    public DbSet<EthnicGroup> EthnicGroups => Set<EthnicGroup>();

    public DbSet<ExpertiseField> ExpertiseFields => Set<ExpertiseField>();

    /// <summary>The stamp of the unit tree, renewed by every save that changes a unit or an area classification.</summary>
    public DbSet<UnitTreeVersion> UnitTreeVersions => Set<UnitTreeVersion>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampNationalIdHashes();
        RenewUnitTreeStamp();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampNationalIdHashes();
        RenewUnitTreeStamp();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>The hash of each person's number, for rows written outside a save (a bulk insert): call before writing them.</summary>
    public void StampNationalIdHash(Intellectual person) => person.NationalIdHash = _hasher?.HashOrNull(person.NationalId);

    private void StampNationalIdHashes()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        foreach (var entry in ChangeTracker.Entries<Intellectual>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var hash = _hasher?.HashOrNull(entry.Entity.NationalId);
            if (!string.Equals(entry.Entity.NationalIdHash, hash, StringComparison.Ordinal))
            {
                entry.Property(p => p.NationalIdHash).CurrentValue = hash;
            }
        }
    }

    /// <summary>
    /// Writes a new tree stamp in the same save (so the same transaction) as a change to the tree: no host can then
    /// see the change under the old stamp and keep serving its older copy (<see cref="UnitTreeCache"/>).
    /// </summary>
    private void RenewUnitTreeStamp()
    {
        var treeChanged = ChangeTracker.Entries().Any(e =>
            e.Entity is OrganisationUnit or AreaClassification && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        if (!treeChanged)
        {
            return;
        }

        var version = UnitTreeVersions.Local.FirstOrDefault() ?? UnitTreeVersions.Attach(new UnitTreeVersion()).Entity;
        version.Stamp = Guid.NewGuid();
        Entry(version).Property(v => v.Stamp).IsModified = true;
    }
}
