using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Remembers the documents that parsed and validated, keyed by query text, so that a client sending
/// the same query again (with any variables) skips parsing and the document validation rules. Those
/// rules depend on the document and the schema only; variables are still checked on every request.
/// Bounded: past <see cref="MaxEntries"/> documents, or for very long queries, nothing more is kept.
/// </summary>
internal sealed class DocumentCache
{
    public const int MaxEntries = 2_000;
    public const int MaxCachedQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public bool TryGet(string query, out GraphQLDocument document) => _documents.TryGetValue(query, out document!);

    /// <summary>Keeps a document that has just validated.</summary>
    public void Remember(string query, GraphQLDocument document)
    {
        if (query.Length <= MaxCachedQueryLength && _documents.Count < MaxEntries)
        {
            _documents.TryAdd(query, document);
        }
    }
}
