using Microsoft.Net.Http.Headers;

namespace TriThuc.Host.GraphQL;

/// <summary>Response media types of the GraphQL-over-HTTP specification, and the choice between them from an Accept header.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. Without an Accept header
    /// the client gets application/json, as the specification asks for older clients.
    /// </summary>
    public static string? Negotiate(IList<string> acceptHeaders)
    {
        if (acceptHeaders.Count == 0)
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0)
        {
            return Json;
        }

        foreach (var range in accepted.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (range.Quality == 0)
            {
                continue;
            }

            var mediaType = range.MediaType.Value;
            if (string.Equals(mediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase) || mediaType is "*/*" or "application/*")
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
