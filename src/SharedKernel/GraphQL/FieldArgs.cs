using GraphQL;
using TriThuc.SharedKernel.Domain;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// What a field's one call into a service needs from the request: its arguments, the parent record for a
/// nested field, and the request's cancellation. See <see cref="ServiceResolverExtensions"/>.
/// </summary>
public sealed class FieldArgs(IResolveFieldContext context)
{
    public IResolveFieldContext Context => context;

    public CancellationToken Cancellation => context.CancellationToken;

    /// <summary>The argument <c>id</c>.</summary>
    public Guid Id => context.GetArgument<Guid>("id");

    /// <summary>The argument <c>input</c>.</summary>
    public T Input<T>() => context.GetArgument<T>("input");

    /// <summary>The argument <c>filter</c>, or null when the caller gave none.</summary>
    public T? Filter<T>()
        where T : class => context.GetArgument<T?>("filter");

    /// <summary>The cursor arguments of a list field (<see cref="PagedFieldExtensions.Paged{TNodeType}"/>).</summary>
    public Paging.PagingArguments Paging => new(
        context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));

    public T Get<T>(string name) => context.GetArgument<T>(name);

    public T Get<T>(string name, T whenMissing) => context.GetArgument(name, whenMissing);

    /// <summary>The record a nested field hangs off.</summary>
    public T Source<T>() => (T)context.Source!;

    /// <summary>
    /// The id of the record a nested field hangs off. On another module's type (the Registry's
    /// <c>Intellectual</c>) the CLR type is unknown here, but every stored record is a SharedKernel <see cref="Entity"/>.
    /// </summary>
    public Guid SourceId => context.Source is Entity entity
        ? entity.Id
        : throw new InvalidOperationException($"The parent of {context.FieldDefinition.Name} is expected to be a SharedKernel Entity, not {context.Source?.GetType().FullName}.");
}
