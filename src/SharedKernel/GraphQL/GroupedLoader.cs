using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Linq;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// Batch loaders of lists: for a page of parents, one query fetches the rows of every parent asked for,
/// and each parent gets its own rows (an empty list when it has none).
/// </summary>
public static class GroupedLoader
{
    /// <summary>
    /// Rows fetched by <paramref name="fetch"/> for all keys at once, handed to each key they belong to: a
    /// project belongs to its lead and to each of its members.
    /// </summary>
    public static BatchLoader<TKey, IReadOnlyList<T>> Of<TKey, T>(
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<List<T>>> fetch, Func<T, IEnumerable<TKey>> keysOf)
        where TKey : notnull =>
        new(async (keys, cancellationToken) =>
        {
            var wanted = keys.ToHashSet();
            var rows = await fetch(keys, cancellationToken);
            IReadOnlyDictionary<TKey, IReadOnlyList<T>> grouped = rows
                .SelectMany(row => keysOf(row).Where(wanted.Contains).Distinct().Select(key => (key, row)))
                .GroupBy(pair => pair.key, pair => pair.row)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
            return grouped;
        }, whenMissing: []);

    /// <summary>
    /// The rows of one table that a key column points from (a person's trainings by their IntellectualId), read
    /// without tracking and ordered by <paramref name="order"/> within each key.
    /// </summary>
    public static BatchLoader<TKey, IReadOnlyList<T>> ByOwner<TKey, T, TOrder>(
        IQueryable<T> rows, Expression<Func<T, TKey>> owner, Func<T, TOrder> order)
        where T : class
        where TKey : notnull
    {
        var ownerOf = CompiledDelegates.Of(owner);
        return Of<TKey, T>(
            async (keys, cancellationToken) =>
            {
                // The keys are read from a captured object, as from a closure, so that EF Core sends them as one parameter
                // and reuses the query's plan, instead of writing each batch's keys into new SQL.
                var wanted = new Captured<List<TKey>>(keys.ToList());
                var filter = Expression.Lambda<Func<T, bool>>(
                    Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
                        Expression.Field(Expression.Constant(wanted), nameof(Captured<List<TKey>>.Value)), owner.Body),
                    owner.Parameters[0]);
                return (await rows.AsNoTracking().Where(filter).ToListAsync(cancellationToken)).OrderBy(order).ToList();
            },
            row => [ownerOf(row)]);
    }

    private sealed class Captured<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }
}
