namespace TriThuc.Host.Configuration;

public sealed class GraphQLEndpointOptions
{
    /// <summary>Largest accepted request body or GET query string, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 100_000;

    /// <summary>Most operations accepted in one batched (JSON array) request.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Whether clients may query the schema (__schema, __type). Switch off in production if wanted.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Maps /benchmarks/raw, the minimal-API baseline the load benchmark compares /graphql with.</summary>
    public bool EnableBenchmarkBaseline { get; set; }
}
