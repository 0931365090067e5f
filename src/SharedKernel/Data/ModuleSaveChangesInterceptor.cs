using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// On every save: stamps who and when on each <see cref="Entity"/>, appends an <see cref="AuditEntry"/>
/// per changed entity to the same transaction, refuses any change to existing audit entries, and wakes
/// the outbox dispatcher after events were saved.
/// </summary>
public sealed class ModuleSaveChangesInterceptor(
    IClock clock, ICurrentUser user, IOutboxSignal outboxSignal, Func<Privacy.IProcessingRestrictions?>? restrictions = null) : SaveChangesInterceptor
{
    private bool _savingEvents;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Imports.ImportRunner.RefuseWriteWhileChecking();
        RestrictedProcessing.RefuseAsync(eventData.Context, restrictions?.Invoke(), CancellationToken.None).GetAwaiter().GetResult();
        BeforeSave(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Imports.ImportRunner.RefuseWriteWhileChecking();
        await RestrictedProcessing.RefuseAsync(eventData.Context, restrictions?.Invoke(), cancellationToken);
        BeforeSave(eventData.Context);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave();
        return ValueTask.FromResult(result);
    }

    private void BeforeSave(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.Now;
        _savingEvents = false;
        var audit = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case OutboxMessage when entry.State == EntityState.Added:
                    _savingEvents = true;
                    break;
                case AuditEntry when entry.State is EntityState.Modified or EntityState.Deleted:
                    throw new InvalidOperationException("Audit entries are append-only: they can be neither changed nor deleted.");
                case Entity entity when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    Stamp(entry, entity, now);
                    audit.Add(AuditTrail.Describe(entry, user, now));
                    break;
            }
        }

        context.AddRange(audit);
    }

    private void Stamp(EntityEntry entry, Entity entity, DateTimeOffset now)
    {
        if (entry.State == EntityState.Added)
        {
            entity.CreatedAt = now;
            entity.CreatedBy = user.Id;
        }
        else if (entry.State == EntityState.Modified)
        {
            entity.UpdatedAt = now;
            entity.UpdatedBy = user.Id;
            if (entity is IVersioned versioned)
            {
                // The stored version stays the original value, so the UPDATE only applies to the version this change was made from.
                versioned.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            }
        }
    }

    private void AfterSave()
    {
        if (_savingEvents)
        {
            outboxSignal.Notify();
        }
    }
}
