namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// One feature's GraphQL fields, as a table: for each field its name, description, arguments, access and one
/// call into a service (<see cref="ServiceResolverExtensions"/>). A module lists its feature classes in
/// <c>ModuleDefinition.Fields</c>; the bodies live in the services, not here.
/// </summary>
public abstract class ModuleFields
{
    public abstract void AddTo(GraphQLContribution graphql);
}
