using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Data;

namespace TriThuc.Host.Data;

/// <summary>
/// The host's own database (data/platform.db by default): what belongs to no module, such as the
/// log of sensitive-data reads. Modules never see it.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
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

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.Apply(configurationBuilder, Database);
}
