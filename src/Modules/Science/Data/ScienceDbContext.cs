using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.Data;

/// <summary>The Science module's own database. Person and unit ids point into the Registry, which is never joined.</summary>
public sealed class ScienceDbContext(DbContextOptions<ScienceDbContext> options) : ModuleDbContext(options)
{
    public DbSet<ScienceProject> Projects => Set<ScienceProject>();

    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();

    public DbSet<ProjectTransition> ProjectTransitions => Set<ProjectTransition>();

    public DbSet<Council> Councils => Set<Council>();

    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();

    public DbSet<CapitalContribution> Contributions => Set<CapitalContribution>();

    public DbSet<FundCall> FundCalls => Set<FundCall>();

    public DbSet<FundApplication> FundApplications => Set<FundApplication>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<Disbursement> Disbursements => Set<Disbursement>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<InitiativeHolder> InitiativeHolders => Set<InitiativeHolder>();
}
