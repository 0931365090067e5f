using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// On every save: stamps who and when on each <see cref="Entity"/>, appends an <see cref="AuditEntry"/>
/// per changed entity to the same transaction, refuses any change to existing audit entries, links every new row of
/// an append-only log into its table's chain (<see cref="AuditChain"/>; a save with none begins a transaction of its
/// own for it, committed when the save is), and wakes the outbox dispatcher after events were saved.
/// </summary>
public sealed class ModuleSaveChangesInterceptor(
    IClock clock, ICurrentUser user, IOutboxSignal outboxSignal, Func<Privacy.IProcessingRestrictions?>? restrictions = null, AuditChain? chain = null) : SaveChangesInterceptor
{
    private bool _savingEvents;
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? _chainTransaction;

    /// <summary>The chain (and its key) the rows this interceptor saves are linked into.</summary>
    public AuditChain Chain { get; } = chain ?? AuditChain.Unkeyed;

    /// <summary>The interceptor of the context's saves, if it has one.</summary>
    public static ModuleSaveChangesInterceptor? Of(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<ModuleSaveChangesInterceptor>().FirstOrDefault();

    /// <summary>Refuses records written past the change tracker as a save of them would be: when they name a person whose processing is restricted.</summary>
    public Task RefuseRestrictedAsync(DbContext context, IEnumerable<object> records, CancellationToken cancellationToken) =>
        RestrictedProcessing.RefuseAsync(context, records, restrictions?.Invoke(), cancellationToken);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Imports.ImportRunner.RefuseWriteWhileChecking();
        RestrictedProcessing.RefuseAsync(eventData.Context, restrictions?.Invoke(), CancellationToken.None).GetAwaiter().GetResult();
        BeforeSave(eventData.Context);
        LinkAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Imports.ImportRunner.RefuseWriteWhileChecking();
        await RestrictedProcessing.RefuseAsync(eventData.Context, restrictions?.Invoke(), cancellationToken);
        BeforeSave(eventData.Context);
        await LinkAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndChainTransactionAsync(commit: true, CancellationToken.None).GetAwaiter().GetResult();
        AfterSave();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndChainTransactionAsync(commit: true, cancellationToken);
        AfterSave();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        EndChainTransactionAsync(commit: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndChainTransactionAsync(commit: false, CancellationToken.None);

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        EndChainTransactionAsync(commit: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndChainTransactionAsync(commit: false, CancellationToken.None);

    /// <summary>Links the new rows of append-only logs into their chains, in a transaction that writes them and holds the chains until it ends.</summary>
    private async Task LinkAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is IChained)
            .GroupBy(e => e.Metadata).OrderBy(g => g.Key.GetTableName(), StringComparer.Ordinal).ToList();
        if (added.Count == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            _chainTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        try
        {
            foreach (var table in added)
            {
                await Chain.LinkAsync(context, table.Key, [.. table.Select(e => (IChained)e.Entity)], cancellationToken);
            }
        }
        catch
        {
            await EndChainTransactionAsync(commit: false, CancellationToken.None);
            throw;
        }
    }

    private async Task EndChainTransactionAsync(bool commit, CancellationToken cancellationToken)
    {
        if (_chainTransaction is not { } transaction)
        {
            return;
        }

        _chainTransaction = null;
        try
        {
            if (commit)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
        finally
        {
            await transaction.DisposeAsync();
        }
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
