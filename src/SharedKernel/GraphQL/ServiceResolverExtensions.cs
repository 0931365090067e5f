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

    /// <summary>A list (<see cref="PagedFieldExtensions.Paged{TNodeType}"/>) over the ordered query the service returns, paged by the field's first/after/last/before.</summary>
    public static FieldBuilder<TSource, TReturn> Page<TSource, TReturn, TService, TNode>(
        this FieldBuilder<TSource, TReturn> field, Func<TService, FieldArgs, IQueryable<TNode>> query)
        where TService : notnull =>
        field.ResolveAsync((TService service, FieldArgs a) => query(service, a).ToConnectionAsync(a.Paging, a.Cancellation));

    /// <summary>As <see cref="Page{TSource, TReturn, TService, TNode}"/>, for a service that must read something first (the unit tree, say) to build its query.</summary>
    public static FieldBuilder<TSource, TReturn> PageAsync<TSource, TReturn, TService, TNode>(
        this FieldBuilder<TSource, TReturn> field, Func<TService, FieldArgs, Task<IQueryable<TNode>>> query)
        where TService : notnull =>
        field.ResolveAsync(async (TService service, FieldArgs a) => await (await query(service, a)).ToConnectionAsync(a.Paging, a.Cancellation));

    private static TService Service<TService>(IResolveFieldContext context)
        where TService : notnull =>
        context.RequestServices!.GetRequiredService<TService>();
}
