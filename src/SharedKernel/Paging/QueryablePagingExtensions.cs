using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace TriThuc.SharedKernel.Paging;

public static class QueryablePagingExtensions
{
    /// <summary>
    /// Pages a query into a connection. A query ordered by a unique key (its last ordering a unique column, usually
    /// <c>ThenBy(x =&gt; x.Id)</c>) is paged by its keys: a cursor names a row by its key values, so rows saved or
    /// removed between two pages never make a page skip or repeat a row. A database query must be so ordered; an
    /// unordered in-memory sequence is paged by position. With neither <c>first</c> nor <c>last</c>, the first
    /// <see cref="PagingArguments.DefaultPageSize"/> rows come back.
    /// <paramref name="count"/>, when given, counts the unordered query in place of <c>CountAsync</c>: a caller may
    /// read something else it needs in the same statement (the Registry reads its unit tree's stamp there).
    /// <paramref name="select"/>, when given, shapes the page's rows after ordering and paging, to read fewer columns;
    /// it must keep the ordering's keys, which the cursors are made of.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, PagingArguments arguments, CancellationToken cancellationToken = default,
        Func<IQueryable<T>, CancellationToken, Task<int>>? count = null, System.Linq.Expressions.Expression<Func<T, T>>? select = null)
    {
        arguments.Validate();
        if (SortOrder<T>.Of(query) is { } order)
        {
            return await ByKeysAsync(order, arguments, count ?? new Func<IQueryable<T>, CancellationToken, Task<int>>(CountAsync), select, cancellationToken);
        }

        return query.Provider is IAsyncQueryProvider
            ? throw new InvalidOperationException($"A database query of {typeof(T).Name} must end with its ordering by a unique key (…ThenBy(x => x.Id)) to be paged.")
            : await ByPositionAsync(query, arguments, cancellationToken);
    }

    private static async Task<Connection<T>> ByKeysAsync<T>(
        SortOrder<T> order, PagingArguments arguments, Func<IQueryable<T>, CancellationToken, Task<int>> count,
        System.Linq.Expressions.Expression<Func<T, T>>? select, CancellationToken cancellationToken)
    {
        var total = await count(order.Unordered, cancellationToken);
        var window = order.Unordered;
        if (arguments.After is { } after)
        {
            window = window.Where(order.After(KeysetCursor.Decode(order, after, "after"), reversed: false));
        }

        if (arguments.Before is { } before)
        {
            window = window.Where(order.After(KeysetCursor.Decode(order, before, "before"), reversed: true));
        }

        // Paging back from the end (last, without first) reads the ordering reversed, then turns the page round.
        var backwards = arguments is { Last: not null, First: null };
        var size = backwards ? arguments.Last!.Value : arguments.First ?? PagingArguments.DefaultPageSize;
        var paged = order.Apply(window, backwards).Take(size + 1);
        var rows = await ToListAsync(select is null ? paged : paged.Select(select), cancellationToken);
        var more = rows.Count > size;
        rows = rows.Take(size).ToList();
        bool hasPrevious, hasNext;
        if (backwards)
        {
            rows.Reverse();
            (hasPrevious, hasNext) = (more, arguments.Before is not null);
        }
        else
        {
            var trimmed = arguments.Last is { } last && rows.Count > last;
            rows = trimmed ? rows.Skip(rows.Count - arguments.Last!.Value).ToList() : rows;
            (hasPrevious, hasNext) = (arguments.After is not null || trimmed, more || arguments.Before is not null);
        }

        var edges = rows.Select(row => new Edge<T>(KeysetCursor.Encode(order, row), row)).ToList();
        return new Connection<T>
        {
            TotalCount = total,
            Edges = edges,
            PageInfo = new PageInfo(hasPrevious, hasNext, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
        };
    }

    private static async Task<Connection<T>> ByPositionAsync<T>(IQueryable<T> query, PagingArguments arguments, CancellationToken cancellationToken)
    {
        var total = await CountAsync(query, cancellationToken);
        var start = arguments.After is null ? 0 : OffsetCursor.Decode(arguments.After, "after") + 1;
        var end = arguments.Before is null ? total : Math.Min(total, OffsetCursor.Decode(arguments.Before, "before"));
        start = Math.Min(start, total);
        end = Math.Max(end, start);

        if (arguments.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (arguments.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        if (arguments.First is null && arguments.Last is null)
        {
            end = Math.Min(end, start + PagingArguments.DefaultPageSize);
        }

        var items = end > start ? await ToListAsync(query.Skip(start).Take(end - start), cancellationToken) : [];
        var edges = items.Select((item, index) => new Edge<T>(OffsetCursor.Encode(start + index), item)).ToList();
        return new Connection<T>
        {
            TotalCount = total,
            Edges = edges,
            PageInfo = new PageInfo(start > 0, end < total, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
        };
    }

    // Lets the same paging serve EF Core queries and plain in-memory sequences.
    private static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider ? query.CountAsync(cancellationToken) : Task.FromResult(query.Count());

    private static Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider ? query.ToListAsync(cancellationToken) : Task.FromResult(query.ToList());
}
