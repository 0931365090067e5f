using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Data;

/// <summary>
/// Read-check-write work that must not interleave with the same work in another request or another host:
/// a disbursement checked against a balance, a status move checked against the current status. On SQLite the
/// work runs in an immediate transaction (one writer at a time, reads included); on PostgreSQL in a
/// transaction holding an advisory lock on <c>key</c>, so only work on the same key waits.
/// </summary>
public static class SerializedWrites
{
    public static async Task<T> SerializedAsync<T>(this ModuleDbContext db, string key, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        }

        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
