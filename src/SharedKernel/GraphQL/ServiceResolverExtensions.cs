using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// A field's resolver as one call into a service of the request's scope, the service named by the lambda's
/// first parameter: <c>.ResolveAsync((ProjectService projects, FieldArgs a) =&gt; projects.ProposeAsync(a.Input&lt;ProjectInput&gt;(), a.Cancellation))</c>.
/// The body of the field lives in the service; the field table shows only which call it makes.
/// </summary>
public static class ServiceResolverExtensions
{
    public static FieldBuilder<TSource, TReturn> ResolveAsync<TSource, TReturn, TService, TResult>(
        this FieldBuilder<TSource, TReturn> field, Func<TService, FieldArgs, Task<TResult>> call)
        where TService : notnull
    {
        field.FieldType.Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(
            async context => await call(Service<TService>(context), new FieldArgs(context)));
        return field;
    }

    /// <summary>A call that answers at once or with a pending batch-loader result (<see cref="BatchLoader{TKey, TValue}.Load"/>).</summary>
    public static FieldBuilder<TSource, TReturn> Resolve<TSource, TReturn, TService, TResult>(
        this FieldBuilder<TSource, TReturn> field, Func<TService, FieldArgs, TResult> call)
        where TService : notnull
    {
        field.FieldType.Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(
            context => call(Service<TService>(context), new FieldArgs(context)));
        return field;
    }

    /// <summary>A connection over the ordered query the service returns, paged by the field's first/after/last/before.</summary>
    public static ConnectionBuilder<TSource> Page<TSource, TService, TNode>(
        this ConnectionBuilder<TSource> connection, Func<TService, FieldArgs, IQueryable<TNode>> query)
        where TService : notnull
    {
        connection.ResolveAsync(async context =>
            await query(Service<TService>(context), new FieldArgs(context)).ToConnectionAsync(context.ToPagingArguments(), context.CancellationToken));
        return connection;
    }

    /// <summary>As <see cref="Page{TSource, TService, TNode}"/>, for a service that must read something first (the unit tree, say) to build its query.</summary>
    public static ConnectionBuilder<TSource> PageAsync<TSource, TService, TNode>(
        this ConnectionBuilder<TSource> connection, Func<TService, FieldArgs, Task<IQueryable<TNode>>> query)
        where TService : notnull
    {
        connection.ResolveAsync(async context =>
            await (await query(Service<TService>(context), new FieldArgs(context))).ToConnectionAsync(context.ToPagingArguments(), context.CancellationToken));
        return connection;
    }

    private static TService Service<TService>(IResolveFieldContext context)
        where TService : notnull =>
        context.RequestServices!.GetRequiredService<TService>();
}
