using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Keeps parsed documents of the queries clients send again and again, so each is parsed once.
/// Bounded: past <see cref="MaxEntries"/> documents, or for very long queries, it parses without keeping.
/// </summary>
internal sealed class DocumentCache
{
    public const int MaxEntries = 2_000;
    public const int MaxCachedQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly GraphQLDocumentBuilder _builder = new();

    /// <summary>The parsed document, or null when the query does not parse (the executer then reports the syntax error).</summary>
    public GraphQLDocument? GetOrParse(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
        {
            return cached;
        }

        GraphQLDocument document;
        try
        {
            document = _builder.Build(query);
        }
        catch (SyntaxError)
        {
            return null;
        }

        if (query.Length <= MaxCachedQueryLength && _documents.Count < MaxEntries)
        {
            _documents.TryAdd(query, document);
        }

        return document;
    }
}
