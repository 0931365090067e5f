using GraphQL.DataLoader;

namespace TriThuc.Modules.Science.GraphQL;

/// <summary>A value computed from a pending batch-loader result, without awaiting it early (which would break the batch).</summary>
internal sealed class MappedResult<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
