using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace TriThuc.Host.GraphQL.Limits;

/// <summary>
/// Whether a document's complexity can change with its variables. graphql-dotnet's complexity analysis reads the
/// values of a list field's <c>first</c>, <c>last</c> and <c>id</c> arguments (or its connection's) and follows
/// <c>@skip</c>/<c>@include</c>; nothing else in the document's variables changes the figure. A document whose
/// variables reach none of these has the complexity it was validated with the first time, for any variables, so the
/// endpoint does not check it again; one whose variables do (a page size given as <c>$first</c>) is checked on every
/// request. Computed once per parsed document.
/// </summary>
/// <remarks>
/// A module that gives a field its own complexity function reading another argument must add that argument's name
/// to <see cref="ReadArguments"/>; no module does today (only the introspection fields have one, a constant).
/// </remarks>
internal static class ComplexityInputs
{
    /// <summary>The field arguments the complexity analysis reads.</summary>
    public static readonly IReadOnlySet<string> ReadArguments = new HashSet<string>(StringComparer.Ordinal) { "first", "last", "id" };

    private static readonly ConditionalWeakTable<GraphQLDocument, object> Known = [];
    private static readonly object Yes = true;
    private static readonly object No = false;

    /// <summary>True when a variable reaches an argument or directive the complexity analysis reads.</summary>
    public static bool ReadVariables(GraphQLDocument document) =>
        (bool)Known.GetValue(document, static d => d.Definitions.Any(Reads) ? Yes : No);

    private static bool Reads(ASTNode definition) => definition switch
    {
        GraphQLOperationDefinition operation => Reads(operation.Directives) || Reads(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => Reads(fragment.Directives) || Reads(fragment.SelectionSet),
        _ => false,
    };

    private static bool Reads(GraphQLSelectionSet? selections)
    {
        if (selections is null)
        {
            return false;
        }

        foreach (var selection in selections.Selections)
        {
            var reads = selection switch
            {
                GraphQLField field => Reads(field.Directives)
                    || field.Arguments?.Items.Any(a => ReadArguments.Contains(a.Name.StringValue) && HasVariable(a.Value)) == true
                    || Reads(field.SelectionSet),
                GraphQLInlineFragment inline => Reads(inline.Directives) || Reads(inline.SelectionSet),
                GraphQLFragmentSpread spread => Reads(spread.Directives),
                _ => false,
            };
            if (reads)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Reads(GraphQLDirectives? directives) =>
        directives?.Items.Any(d => d.Arguments?.Items.Any(a => HasVariable(a.Value)) == true) == true;

    private static bool HasVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(f => HasVariable(f.Value)) == true,
        _ => false,
    };
}
