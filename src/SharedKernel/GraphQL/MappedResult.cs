using GraphQL.DataLoader;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>A value computed from a pending batch-loader result, without awaiting it early (which would break the batch).</summary>
public sealed class MappedResult<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

public static class DataLoaderResultExtensions
{
    /// <summary>A value computed from a pending batch-loader result, once the batch has been fetched.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new MappedResult<TIn, TOut>(source, map);
}
