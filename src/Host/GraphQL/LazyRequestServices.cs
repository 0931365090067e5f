namespace TriThuc.Host.GraphQL;

/// <summary>
/// The request's services, created only when a resolver first asks for one: a query that needs no
/// scoped service (such as <c>{ __typename }</c>) never pays for a container scope.
/// </summary>
internal sealed class LazyRequestServices(HttpContext http) : IServiceProvider
{
    public object? GetService(Type serviceType) => http.RequestServices.GetService(serviceType);
}
