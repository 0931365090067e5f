namespace TriThuc.Host.GraphQL;

/// <summary>An HTTP request that is not a GraphQL request; answered before any execution with its status and code.</summary>
internal sealed class GraphQLHttpRequestException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
