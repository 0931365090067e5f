using GraphQL.Builders;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.SharedKernel.GraphQL;

public static class ConnectionContextExtensions
{
    /// <summary>The paging arguments of a connection field, for <see cref="QueryablePagingExtensions.ToConnectionAsync{T}"/>.</summary>
    public static PagingArguments ToPagingArguments<TSource>(this IResolveConnectionContext<TSource> context) =>
        new(context.First, context.After, context.Last, context.Before);
}
