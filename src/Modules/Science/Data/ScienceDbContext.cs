using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;
using TriThuc.SharedKernel.Data;

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<ScienceProject>(project =>
        {
            project.ToTable("Projects");
            project.Property(p => p.Code).HasMaxLength(ProjectService.MaxCodeLength);
            project.HasIndex(p => p.Code).IsUnique();
            project.Property(p => p.Title).HasMaxLength(ProjectService.MaxTitleLength);
            project.Property(p => p.SearchTitle).HasMaxLength(ProjectService.MaxTitleLength);
            project.Property(p => p.FieldCode).HasMaxLength(40);
            project.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
            project.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
            project.Property(p => p.Grade).HasConversion<string>().HasMaxLength(20);
            project.HasIndex(p => new { p.Status, p.Level });
            project.HasIndex(p => p.LeadId);
            project.HasIndex(p => p.HostUnitId);
            project.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Restrict);
            project.OwnsOne(p => p.Application, application =>
            {
                application.Property(a => a.Place).HasMaxLength(ProjectService.MaxTextLength);
                application.Property(a => a.Scale).HasMaxLength(ProjectService.MaxTextLength);
                application.Property(a => a.Effect).HasMaxLength(ProjectService.MaxTextLength);
            });
            project.Ignore(p => p.Participants);
        });
        modelBuilder.Entity<ProjectMember>(member =>
        {
            member.HasIndex(m => new { m.ProjectId, m.IntellectualId }).IsUnique();
            member.HasIndex(m => m.IntellectualId);
        });
        modelBuilder.Entity<ProjectTransition>(transition =>
        {
            transition.Property(t => t.From).HasConversion<string>().HasMaxLength(30);
            transition.Property(t => t.To).HasConversion<string>().HasMaxLength(30);
            transition.Property(t => t.ChangedBy).HasMaxLength(200);
            transition.Property(t => t.Reason).HasMaxLength(ProjectService.MaxTextLength);
            transition.HasOne<ScienceProject>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Restrict);
            transition.HasIndex(t => new { t.ProjectId, t.On });
        });

        modelBuilder.Entity<Council>(council =>
        {
            council.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            council.Property(c => c.Name).HasMaxLength(CouncilService.MaxNameLength);
            council.HasOne<ScienceProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
            council.HasIndex(c => new { c.ProjectId, c.Kind }).IsUnique();
            council.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Restrict);
            council.Ignore(c => c.Verdict);
        });
        modelBuilder.Entity<CouncilMember>(member =>
        {
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            member.Property(m => m.ExpertName).HasMaxLength(200);
            member.Property(m => m.ExpertOrganisation).HasMaxLength(CouncilService.MaxNameLength);
            member.HasIndex(m => m.IntellectualId);
            member.HasIndex(m => new { m.CouncilId, m.IntellectualId }).IsUnique().HasFilter("\"IntellectualId\" IS NOT NULL");
            // One chair and one secretary per council, held by the database too (the service checks it first).
            member.HasIndex(m => new { m.CouncilId, m.Role }).IsUnique().HasFilter("\"Role\" IN ('Chair', 'Secretary')");
        });

        modelBuilder.Entity<CapitalContribution>(contribution =>
        {
            contribution.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
            contribution.Property(c => c.Contributor).HasMaxLength(300);
            contribution.HasIndex(c => c.ReceivedOn);
        });
        modelBuilder.Entity<FundCall>(call =>
        {
            call.Property(c => c.Code).HasMaxLength(30);
            call.HasIndex(c => c.Code).IsUnique();
            call.Property(c => c.Title).HasMaxLength(500);
        });
        modelBuilder.Entity<FundApplication>(application =>
        {
            application.Property(a => a.Title).HasMaxLength(500);
            application.Property(a => a.ApplicantName).HasMaxLength(300);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.HasOne<FundCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
            application.HasIndex(a => new { a.CallId, a.Status });
        });
        modelBuilder.Entity<Grant>(grant =>
        {
            grant.Property(g => g.Name).HasMaxLength(500);
            grant.HasOne<FundApplication>().WithMany().HasForeignKey(g => g.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            grant.HasIndex(g => g.ApplicationId).IsUnique();
            grant.HasOne<FundCall>().WithMany().HasForeignKey(g => g.CallId).OnDelete(DeleteBehavior.Restrict);
            grant.HasIndex(g => g.AwardedOn);
        });
        modelBuilder.Entity<Disbursement>(disbursement =>
        {
            disbursement.HasOne<Grant>().WithMany().HasForeignKey(d => d.GrantId).OnDelete(DeleteBehavior.Restrict);
            disbursement.HasIndex(d => new { d.GrantId, d.PaidOn });
            disbursement.HasIndex(d => d.PaidOn);
        });

        modelBuilder.Entity<Initiative>(initiative =>
        {
            initiative.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            initiative.Property(i => i.Level).HasConversion<string>().HasMaxLength(20);
            initiative.Property(i => i.Title).HasMaxLength(500);
            initiative.Property(i => i.SearchTitle).HasMaxLength(500);
            initiative.Property(i => i.Number).HasMaxLength(50);
            initiative.HasIndex(i => i.Year);
            initiative.HasMany(i => i.Holders).WithOne().HasForeignKey(h => h.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<InitiativeHolder>(holder =>
        {
            holder.HasIndex(h => new { h.InitiativeId, h.IntellectualId }).IsUnique();
            holder.HasIndex(h => h.IntellectualId);
        });
    }
}
