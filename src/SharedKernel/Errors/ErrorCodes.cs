namespace TriThuc.SharedKernel.Errors;

/// <summary>
/// The stable values of <c>extensions.code</c> in GraphQL errors. Frontends switch on these; never
/// rename one. The list and its meaning is in docs/graphql.md.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The input breaks a business rule; <c>extensions.field</c> names the field.</summary>
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>The database is busy with another write (a large import, say); nothing was saved; trying again shortly works.</summary>
    public const string Busy = "BUSY";

    /// <summary>The person's processing is restricted (a data subject's right): their data is stored, not processed further.</summary>
    public const string ProcessingRestricted = "PROCESSING_RESTRICTED";
    /// <summary>An unexpected server fault; details are only in the server log, under the request id.</summary>
    public const string Internal = "INTERNAL";

    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string GraphQLParseFailed = "GRAPHQL_PARSE_FAILED";
    /// <summary>The document does not fit the schema, or the variables do not fit the document.</summary>
    public const string GraphQLValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    /// <summary>The HTTP request is not a GraphQL request (bad JSON, no query, wrong method or media type).</summary>
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    /// <summary>The caller sent too many requests; HTTP 429 with Retry-After says when to try again.</summary>
    public const string RateLimited = "RATE_LIMITED";
    /// <summary>The request asks for something the endpoint does not offer: a subscription, incremental delivery (@defer, @stream).</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    /// <summary>A persisted document's hash is not known here: send the document with its hash once (Apollo's automatic persisted queries).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    /// <summary>The document sent is not the one its sha256Hash names.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    /// <summary>The endpoint accepts only the documents on its allowlist (trusted documents), and this is not one.</summary>
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";
}
