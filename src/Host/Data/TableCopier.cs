using Microsoft.EntityFrameworkCore.Metadata;

namespace TriThuc.Host.Data;

/// <summary>Copies every table of one DbContext into the same DbContext type on another database, parents before children.</summary>
internal static class TableCopier
{
    private const int BatchSize = 2_000;

    /// <summary>The model's tables in an order that inserts every referenced row before the rows referring to it.</summary>
    public static IReadOnlyList<IEntityType> InDependencyOrder(IModel model)
    {
        var pending = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(e => e.GetForeignKeys()
                    .All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType) || !pending.Contains(fk.PrincipalEntityType)))
                .OrderBy(e => e.GetTableName(), StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"Tables refer to each other in a cycle: {string.Join(", ", pending.Select(e => e.GetTableName()))}.");
            }

            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    /// <summary>Every row of one table, read without tracking.</summary>
    public static IAsyncEnumerable<object> Rows(DbContext db, IEntityType entity) =>
        ForTable<IQueryable<object>>(nameof(Query), db, entity).AsAsyncEnumerable();

    /// <summary>
    /// Copies one table. A table that refers to itself (units and their parents) is written in one batch, which EF
    /// Core orders parent-first; others go in batches, so that memory stays flat however large the table.
    /// </summary>
    public static async Task<long> CopyAsync(DbContext source, DbContext target, IEntityType entity, CancellationToken cancellationToken)
    {
        var selfReferencing = entity.GetForeignKeys().Any(fk => fk.PrincipalEntityType == entity);
        var batch = new List<object>();
        long copied = 0;
        await foreach (var row in Rows(source, entity).WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (!selfReferencing && batch.Count == BatchSize)
            {
                copied += await SaveAsync(target, batch, cancellationToken);
            }
        }

        return copied + await SaveAsync(target, batch, cancellationToken);
    }

    /// <summary>Empties one table of the target (reference rows its migrations seeded); append-only tables have none.</summary>
    public static Task<int> DeleteAllAsync(DbContext db, IEntityType entity) =>
        ForTable<Task<int>>(nameof(DeleteAll), db, entity);

    private static Task<int> DeleteAll<T>(DbContext db)
        where T : class => db.Set<T>().ExecuteDeleteAsync();

    private static async Task<int> SaveAsync(DbContext target, List<object> batch, CancellationToken cancellationToken)
    {
        var count = batch.Count;
        if (count > 0)
        {
            target.AddRange(batch);
            await target.SaveChangesAsync(cancellationToken);
            target.ChangeTracker.Clear();
            batch.Clear();
        }

        return count;
    }

    private static IQueryable<object> Query<T>(DbContext db)
        where T : class => db.Set<T>().AsNoTracking();

    /// <summary>Calls one of this class's generic helpers for the table's CLR type, known only at run time.</summary>
    private static TResult ForTable<TResult>(string helper, DbContext db, IEntityType entity) =>
        (TResult)typeof(TableCopier).GetMethod(helper, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity.ClrType).Invoke(null, [db])!;
}
