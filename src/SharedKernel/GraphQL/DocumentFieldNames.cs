using GraphQLParser.AST;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// Every field name a GraphQL document selects, anywhere and on any type (aliases left aside). A list that reads only
/// the columns its rows' selected fields need can ask it: a superset of what one field selects, so it may read a
/// column too many, never one too few, whatever fragments, aliases, merged fields or @skip the document uses.
/// </summary>
public static class DocumentFieldNames
{
    public static HashSet<string> Of(GraphQLDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    Collect(operation.SelectionSet, names);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Collect(fragment.SelectionSet, names);
                    break;
            }
        }

        return names;
    }

    private static void Collect(GraphQLSelectionSet? selections, HashSet<string> names)
    {
        if (selections is null)
        {
            return;
        }

        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    names.Add(field.Name.StringValue);
                    Collect(field.SelectionSet, names);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, names);
                    break;
            }
        }
    }
}
