using TriThuc.Modules.Health.Education;
using TriThuc.Modules.Health.Facilities;
using TriThuc.Modules.Health.Licences;
using TriThuc.Modules.Health.Postings;

namespace TriThuc.Modules.Health.Data;

/// <summary>The Health module's own database: its sets only; each entity's mapping lives beside it (<c>*Configuration.cs</c>).</summary>
public sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : ModuleDbContext(options)
{
    public DbSet<HealthFacility> Facilities => Set<HealthFacility>();

    public DbSet<PractisingLicence> Licences => Set<PractisingLicence>();

    public DbSet<LicenceDecision> LicenceDecisions => Set<LicenceDecision>();

    public DbSet<LicenceRenewal> LicenceRenewals => Set<LicenceRenewal>();

    public DbSet<CmeActivity> CmeActivities => Set<CmeActivity>();

    public DbSet<Posting> Postings => Set<Posting>();
}
