using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace TriThuc.SharedKernel.Paging;

public static class QueryablePagingExtensions
{
    /// <summary>
    /// Pages an ordered query into a connection. The query must already be ordered by a unique key,
    /// or pages may overlap. With neither <c>first</c> nor <c>last</c>, the first
    /// <see cref="PagingArguments.DefaultPageSize"/> items come back.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, PagingArguments arguments, CancellationToken cancellationToken = default)
    {
        arguments.Validate();
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
        var edges = items.Select((item, index) => new Edge<T> { Node = item, Cursor = OffsetCursor.Encode(start + index) }).ToList();

        return new Connection<T>
        {
            TotalCount = total,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasPreviousPage = start > 0,
                HasNextPage = end < total,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    // Lets the same paging serve EF Core queries and plain in-memory sequences.
    private static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider ? query.CountAsync(cancellationToken) : Task.FromResult(query.Count());

    private static Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider ? query.ToListAsync(cancellationToken) : Task.FromResult(query.ToList());
}
