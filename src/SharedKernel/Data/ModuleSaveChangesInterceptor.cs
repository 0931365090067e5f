using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Data;

/// <summary>Stamps audit fields on every saved <see cref="Entity"/> and wakes the outbox dispatcher after events were saved.</summary>
public sealed class ModuleSaveChangesInterceptor(IClock clock, ICurrentUser user, IOutboxSignal outboxSignal) : SaveChangesInterceptor
{
    private bool _savingEvents;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context);
        return ValueTask.FromResult(result);
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
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added && entry.Entity is OutboxMessage)
            {
                _savingEvents = true;
            }

            if (entry.Entity is not Entity entity)
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                entity.CreatedAt = now;
                entity.CreatedBy = user.Id;
            }
            else if (entry.State == EntityState.Modified)
            {
                entity.UpdatedAt = now;
                entity.UpdatedBy = user.Id;
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
