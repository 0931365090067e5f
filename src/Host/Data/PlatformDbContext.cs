using TriThuc.Host.Reviews;
using TriThuc.Host.Privacy;

namespace TriThuc.Host.Data;

/// <summary>
/// The host's own database (data/platform.db by default): what belongs to no module — the log of
/// sensitive-data reads, data subjects' processing bases, restrictions and requests, and the frozen
/// indicator snapshots of review reports. Changes to it are audited like a module's. Modules never see it.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options)
{
    public const string AuditModuleName = "Platform";

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<ProcessingBasis> ProcessingBases => Set<ProcessingBasis>();

    public DbSet<ProcessingRestriction> ProcessingRestrictions => Set<ProcessingRestriction>();

    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();

    public DbSet<ReviewSnapshot> ReviewSnapshots => Set<ReviewSnapshot>();

    /// <summary>Tables whose rows are never changed or deleted once written; the database itself refuses it.</summary>
    public static new IReadOnlyList<string> AppendOnlyTables { get; } = [.. ModuleDbContext.AppendOnlyTables, "AccessLog", "ReviewSnapshots", "ReviewSnapshotIndicators"];

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
        modelBuilder.Entity<ReviewSnapshot>(snapshot =>
        {
            snapshot.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            snapshot.Property(s => s.Title).HasMaxLength(200);
            snapshot.Property(s => s.Note).HasMaxLength(4000);
            snapshot.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SnapshotId);
        });
        modelBuilder.Entity<ReviewSnapshotIndicator>(indicator =>
        {
            indicator.ToTable("ReviewSnapshotIndicators");
            indicator.Property(i => i.Module).HasMaxLength(100);
            indicator.Property(i => i.Code).HasMaxLength(50);
            indicator.Property(i => i.Name).HasMaxLength(500);
            indicator.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            indicator.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            indicator.HasIndex(i => new { i.SnapshotId, i.Code }).IsUnique();
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
