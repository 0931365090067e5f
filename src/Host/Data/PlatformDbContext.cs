using Microsoft.EntityFrameworkCore;
using TriThuc.Host.Privacy;
using TriThuc.SharedKernel.Data;

namespace TriThuc.Host.Data;

/// <summary>
/// The host's own database (data/platform.db by default): what belongs to no module — the log of
/// sensitive-data reads, and data subjects' processing bases, restrictions and requests. Changes
/// to it are audited like a module's. Modules never see it.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options)
{
    public const string AuditModuleName = "Platform";

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<ProcessingBasis> ProcessingBases => Set<ProcessingBasis>();

    public DbSet<ProcessingRestriction> ProcessingRestrictions => Set<ProcessingRestriction>();

    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ProcessingBasis>(basis =>
        {
            basis.Property(b => b.PersonId).HasMaxLength(100);
            basis.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
            basis.Property(b => b.Reference).HasMaxLength(500);
            basis.HasIndex(b => b.PersonId);
        });
        modelBuilder.Entity<ProcessingRestriction>(restriction =>
        {
            restriction.Property(r => r.PersonId).HasMaxLength(100);
            restriction.Property(r => r.Reason).HasMaxLength(1000);
            restriction.HasIndex(r => r.PersonId);
        });
        modelBuilder.Entity<DataSubjectRequest>(request =>
        {
            request.Property(r => r.PersonId).HasMaxLength(100);
            request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
            request.HasIndex(r => r.PersonId);
        });
        modelBuilder.Entity<AccessLogEntry>(entry =>
        {
            entry.ToTable("AccessLog");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.UserId).HasMaxLength(200);
            entry.Property(e => e.RequestId).HasMaxLength(100);
            entry.Property(e => e.RecordType).HasMaxLength(200);
            entry.Property(e => e.RecordId).HasMaxLength(100);
            entry.HasIndex(e => new { e.RecordId, e.ReadAt });
            entry.HasIndex(e => new { e.UserId, e.ReadAt });
        });
    }
}
