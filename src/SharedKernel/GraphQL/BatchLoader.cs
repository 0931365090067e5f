using GraphQL.DataLoader;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// Loads values for many keys in one round trip: resolvers of one request call <see cref="Load"/> for
/// their key and return the pending result; graphql-dotnet resolves all pending results of a level
/// together, and the first one to be awaited fetches every key asked for so far. Keep one instance per
/// request (a scoped service), so that a list of 100 rows costs one query per field, not 100.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue? whenMissing = default)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private HashSet<TKey> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(key) && _pending.Count > 0)
        {
            var keys = _pending;
            _pending = [];
            var values = await fetch(keys, cancellationToken);
            foreach (var requested in keys)
            {
                _loaded[requested] = values.TryGetValue(requested, out var value) ? value : whenMissing;
            }
        }

        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
