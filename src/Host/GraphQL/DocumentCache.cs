using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Remembers the documents that parsed and validated, keyed by query text, so that a client sending
/// the same query again (with any variables) skips parsing and the document validation rules. Those
/// rules depend on the document and the schema only; variables are still checked on every request.
/// Bounded by the total length of the cached queries; when full, the least recently used go first.
/// </summary>
internal sealed class DocumentCache : IDisposable
{
    public const long MaxCachedCharacters = 4_000_000;
    public const int MaxCachedQueryLength = 20_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxCachedCharacters, CompactionPercentage = 0.25 });

    public bool TryGet(string query, out GraphQLDocument document) => _documents.TryGetValue(query, out document!);

    /// <summary>Keeps a document that has just validated.</summary>
    public void Remember(string query, GraphQLDocument document)
    {
        if (query.Length <= MaxCachedQueryLength)
        {
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
        }
    }

    public void Dispose() => _documents.Dispose();
}
