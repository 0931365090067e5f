using Microsoft.Net.Http.Headers;

namespace TriThuc.Host.GraphQL;

/// <summary>Response media types of the GraphQL-over-HTTP specification, and the choice between them from an Accept header.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. Without an Accept header, or with a
    /// wildcard (<c>*/*</c>, <c>application/*</c>), the client gets application/json, as the specification asks: such
    /// a client may not know the newer type, and would take its 4xx answers for network failures.
    /// </summary>
    public static string? Negotiate(string? acceptHeader)
    {
        if (string.IsNullOrEmpty(acceptHeader))
        {
            return Json;
        }

        // Clients send the same few Accept headers over and over; parse each once.
        if (Negotiated.TryGetValue(acceptHeader, out var known))
        {
            return known;
        }

        var chosen = Choose(acceptHeader);
        if (Negotiated.Count < 100)
        {
            Negotiated.TryAdd(acceptHeader, chosen);
        }

        return chosen;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Negotiated = new(StringComparer.Ordinal);

    private static string? Choose(string acceptHeader)
    {
        if (!MediaTypeHeaderValue.TryParseList([acceptHeader], out var accepted) || accepted.Count == 0)
        {
            return Json;
        }

        // A type refused outright (q=0) is never chosen, not even through a wildcard.
        var refused = accepted.Where(a => a.Quality == 0).Select(a => a.MediaType.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var range in accepted.Where(a => a.Quality != 0).OrderByDescending(a => a.Quality ?? 1.0))
        {
            var mediaType = range.MediaType.Value;
            if (mediaType is "*/*" or "application/*")
            {
                return new[] { Json, GraphQLResponse }.FirstOrDefault(m => !refused.Contains(m));
            }

            if (string.Equals(mediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (string.Equals(mediaType, Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }
}
