using TriThuc.Modules.Talent.Cases;
using TriThuc.Modules.Talent.Parameters;
using TriThuc.Modules.Talent.Plans;
using TriThuc.Modules.Talent.Policies;
using TriThuc.Modules.Talent.Remote;

namespace TriThuc.Modules.Talent.Data;

/// <summary>The Talent module's own database: its sets only; each entity's mapping lives beside it (<c>*Configuration.cs</c>).</summary>
public sealed partial class TalentDbContext(DbContextOptions<TalentDbContext> options) : ModuleDbContext(options)
{
    public DbSet<LegalParameter> LegalParameters => Set<LegalParameter>();

    public DbSet<AttractionPolicy> Policies => Set<AttractionPolicy>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<AttractionCase> Cases => Set<AttractionCase>();

    public DbSet<CaseDecision> CaseDecisions => Set<CaseDecision>();

    public DbSet<RemotePosting> RemotePostings => Set<RemotePosting>();

    public DbSet<RemotePayment> RemotePayments => Set<RemotePayment>();

    public DbSet<WorkforcePlan> WorkforcePlans => Set<WorkforcePlan>();

    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();
}
