using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Events;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Base of every module's DbContext: adds the module's outbox, inbox and audit tables, applies every
/// <see cref="IEntityTypeConfiguration{TEntity}"/> of the module's assembly (so a module's DbContext holds its
/// sets only, and each entity's mapping lives beside the entity), and lets the module publish integration events
/// that are saved in the same transaction as its own changes.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Tables of every module database that the database itself keeps append-only.</summary>
    public static IReadOnlyList<string> AppendOnlyTables { get; } = ["AuditEntries"];

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>The module's audit trail: read it, never write it (the save interceptor does).</summary>
    public IQueryable<AuditEntry> AuditEntries => Set<AuditEntry>().AsNoTracking();

    /// <summary>Queues an event; it is stored by the next SaveChanges, together with the changes that caused it.</summary>
    public void Publish(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = type.FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, type),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }

    /// <summary>
    /// Saves; when saving fails, forgets every pending change, so that a later save in the same
    /// request (another mutation field, a retry) cannot commit what the caller was told had failed.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch
        {
            ChangeTracker.Clear();
            throw;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch
        {
            ChangeTracker.Clear();
            throw;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(500);
            outbox.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
        });
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("AuditEntries");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.EntityType).HasMaxLength(200);
            audit.Property(a => a.EntityId).HasMaxLength(100);
            audit.Property(a => a.ChangedBy).HasMaxLength(200);
            audit.Property(a => a.RequestId).HasMaxLength(100);
            audit.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
            audit.HasIndex(a => new { a.EntityId, a.ChangedAt });
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            inbox.HasKey(m => new { m.EventId, m.HandlerKey });
            inbox.Property(m => m.HandlerKey).HasMaxLength(500);
        });
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IChained).IsAssignableFrom(t.ClrType)).ToList())
        {
            modelBuilder.Entity(type.ClrType).HasIndex(nameof(IChained.ChainIndex)).IsUnique();
            modelBuilder.Entity(type.ClrType).Property(nameof(IChained.ChainHash)).HasMaxLength(64);
        }
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).ToList())
        {
            modelBuilder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.Apply(configurationBuilder, Database);
}
