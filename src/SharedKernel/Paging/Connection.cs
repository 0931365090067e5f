namespace TriThuc.SharedKernel.Paging;

/// <summary>One page of an ordered list, as a GraphQL connection shows it: the rows, each with its cursor, where the page stands, and the whole list's size.</summary>
public sealed class Connection<T> : IConnection
{
    public required IReadOnlyList<Edge<T>> Edges { get; init; }

    public required PageInfo PageInfo { get; init; }

    public required int TotalCount { get; init; }

    public IReadOnlyList<T> Nodes => Edges.Select(e => e.Node).ToList();

    IReadOnlyList<object?> IConnection.Nodes => Edges.Select(e => (object?)e.Node).ToList();

    IReadOnlyList<IEdge> IConnection.Edges => Edges;
}

/// <summary>A row of a page and the cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node) : IEdge
{
    object? IEdge.Node => Node;
}

/// <summary>Where a page stands in its list: whether rows come before and after it, and the cursors of its first and last rows.</summary>
public sealed record PageInfo(bool HasPreviousPage, bool HasNextPage, string? StartCursor, string? EndCursor);

/// <summary>A page whatever its rows' type, for the GraphQL connection types.</summary>
public interface IConnection
{
    IReadOnlyList<object?> Nodes { get; }

    IReadOnlyList<IEdge> Edges { get; }

    PageInfo PageInfo { get; }

    int TotalCount { get; }
}

public interface IEdge
{
    string Cursor { get; }

    object? Node { get; }
}
