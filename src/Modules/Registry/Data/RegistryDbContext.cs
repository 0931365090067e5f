using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.Data;

/// <summary>The Registry's own database; each entity's mapping lives beside it (<c>*Configuration.cs</c>).</summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : ModuleDbContext(options)
{
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
}
