namespace TriThuc.Host.GraphQL;

/// <summary>
/// The services of one GraphQL operation, in a container scope of its own that is opened only when a
/// resolver first asks for a service: a query that needs none (such as <c>{ __typename }</c>) never
/// pays for a scope, and each operation of a batch gets its own DbContexts.
/// </summary>
internal sealed class OperationServices(IServiceScopeFactory scopes) : IServiceProvider, IAsyncDisposable
{
    private AsyncServiceScope? _scope;

    /// <summary>Whether a resolver asked for any service (and so a scope exists).</summary>
    public bool HasScope => _scope is not null;

    public object? GetService(Type serviceType) => (_scope ??= scopes.CreateAsyncScope()).ServiceProvider.GetService(serviceType);

    public ValueTask DisposeAsync() => _scope?.DisposeAsync() ?? ValueTask.CompletedTask;
}
