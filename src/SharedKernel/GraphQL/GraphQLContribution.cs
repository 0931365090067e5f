using GraphQL.Types;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// What one module adds to the platform's single schema. Fields are declared with graphql-dotnet's
/// usual builders (<c>Query.Field&lt;T&gt;("name")...</c>); the host moves them into the shared root
/// types, and stops start-up if two modules claim one name.
/// </summary>
public sealed class GraphQLContribution
{
    private readonly Dictionary<string, ObjectGraphType> _extensions = new(StringComparer.Ordinal);

    /// <summary>Root query fields of the module.</summary>
    public ObjectGraphType Query { get; } = new() { Name = "Query" };

    /// <summary>Root mutation fields of the module.</summary>
    public ObjectGraphType Mutation { get; } = new() { Name = "Mutation" };

    /// <summary>Fields to add to a type another module defines, found by the type's GraphQL name (e.g. "Intellectual").</summary>
    public ObjectGraphType Extend(string typeName)
    {
        if (!_extensions.TryGetValue(typeName, out var extension))
        {
            extension = new ObjectGraphType { Name = typeName };
            _extensions.Add(typeName, extension);
        }

        return extension;
    }

    public IReadOnlyDictionary<string, ObjectGraphType> Extensions => _extensions;

    /// <summary>Every root field name the module contributes, for the start-up table.</summary>
    public IEnumerable<string> RootFieldNames =>
        Query.Fields.Select(f => f.Name).Concat(Mutation.Fields.Select(f => f.Name));
}
