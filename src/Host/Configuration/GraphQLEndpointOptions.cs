namespace TriThuc.Host.Configuration;

public sealed class GraphQLEndpointOptions
{
    /// <summary>Largest accepted request body or GET query string, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 100_000;

    /// <summary>Most operations accepted in one batched (JSON array) request.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Whether clients may query the schema (__schema, __type). Switch off in production if wanted.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Whether a browser opening /graphql gets the GraphiQL IDE. Off in Production.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Whether error messages may suggest similar field names ("Did you mean…"). Off in Production.</summary>
    public bool EnableFieldSuggestions { get; set; } = true;

    /// <summary>Deepest nesting of selections an operation may have, counting through fragments.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity score an operation may have (graphql-dotnet's estimate: fields times list sizes).</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Most aliased fields in one document, counting each use of a fragment.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most field selections in one document once its fragments are expanded.</summary>
    public int MaxSelections { get; set; } = 5_000;

    /// <summary>
    /// Most repeats of one field (or one fragment spread) in one selection set: a repeat adds nothing to the answer, but
    /// checking that repeats can be merged costs time in the square of their number.
    /// </summary>
    public int MaxRepeatedSelections { get; set; } = 20;

    /// <summary>Longest an operation may run before it is cancelled.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Documents sent by hash: automatic persisted queries, or an allowlist of trusted documents.</summary>
    public PersistedDocumentOptions PersistedDocuments { get; set; } = new();

    /// <summary>Maps /benchmarks/raw, the minimal-API baseline the load benchmark compares /graphql with.</summary>
    public bool EnableBenchmarkBaseline { get; set; }
}
