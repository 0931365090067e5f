using GraphQL.Types;
using TriThuc.SharedKernel.Security;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// What one module adds to the platform's single schema. Fields are declared with graphql-dotnet's
/// usual builders (<c>Query.Field&lt;T&gt;("name")...</c>), usually in a <see cref="ModuleFields"/> class per
/// feature; the host moves them into the shared root types, and stops start-up if two modules claim one name.
/// </summary>
public sealed class GraphQLContribution(string moduleName)
{
    private readonly Dictionary<string, ObjectGraphType> _extensions = new(StringComparer.Ordinal);

    /// <summary>The module contributing: <c>.Writes()</c> on its fields means its editors may run them.</summary>
    public string ModuleName => moduleName;

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

    /// <summary>Names this module wherever a field was declared <c>.Writes()</c> without naming it; the host calls it once the module has contributed.</summary>
    public void NameOwnWrites()
    {
        foreach (var field in _extensions.Values.Prepend(Mutation).Prepend(Query).SelectMany(type => type.Fields))
        {
            if (field.GetAccess() is { } access)
            {
                field.Access(access.For(moduleName));
            }
        }
    }
}
