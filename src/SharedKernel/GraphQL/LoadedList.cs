using GraphQL.DataLoader;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// A list of values each pending in a batch loader, resolved together: every row of a page registers its
/// keys before the first is fetched, so the whole page costs one look-up. Keys the loader did not find are left out.
/// </summary>
public sealed class LoadedList<T>(IReadOnlyList<IDataLoaderResult<T?>> items) : IDataLoaderResult<IReadOnlyList<T>>
    where T : class
{
    public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (await item.GetResultAsync(cancellationToken) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
