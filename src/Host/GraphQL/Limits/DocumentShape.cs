using GraphQLParser.AST;

namespace TriThuc.Host.GraphQL.Limits;

/// <summary>
/// How big a document really is once its fragments are expanded: the deepest nesting, the number of
/// field selections and of aliased ones. Each fragment is measured once and its measure reused, so a
/// small document whose fragments spread each other many times is measured in linear time — and then
/// refused, before any rule or resolver walks the expansion.
/// </summary>
internal readonly record struct DocumentShape(int Depth, long Selections, long Aliases)
{
    /// <summary>A count past which nothing else matters; keeps the arithmetic from overflowing.</summary>
    private const long Saturation = 1L << 40;

    public static DocumentShape Measure(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        var measured = new Dictionary<string, DocumentShape>();
        var entered = new HashSet<string>();
        var shape = new DocumentShape(0, 0, 0);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            shape = shape.Widest(Measure(operation.SelectionSet, fragments, measured, entered));
        }

        return shape;
    }

    private static DocumentShape Measure(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, DocumentShape> measured, HashSet<string> entered)
    {
        var total = new DocumentShape(0, 0, 0);
        if (selections is null)
        {
            return total;
        }

        foreach (var selection in selections.Selections)
        {
            var part = selection switch
            {
                GraphQLField field => Measure(field.SelectionSet, fragments, measured, entered) is var below
                    ? new DocumentShape(below.Depth + 1, Add(below.Selections, 1), Add(below.Aliases, field.Alias is null ? 0 : 1))
                    : default,
                GraphQLInlineFragment inline => Measure(inline.SelectionSet, fragments, measured, entered),
                GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.StringValue, fragments, measured, entered),
                _ => default,
            };
            total = new DocumentShape(Math.Max(total.Depth, part.Depth), Add(total.Selections, part.Selections), Add(total.Aliases, part.Aliases));
        }

        return total;
    }

    private static DocumentShape MeasureFragment(string name, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, DocumentShape> measured, HashSet<string> entered)
    {
        if (measured.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !entered.Add(name))
        {
            return default; // unknown or cyclic: the specification's rules report it
        }

        var shape = Measure(fragment.SelectionSet, fragments, measured, entered);
        entered.Remove(name);
        measured[name] = shape;
        return shape;
    }

    private DocumentShape Widest(DocumentShape other) =>
        new(Math.Max(Depth, other.Depth), Math.Max(Selections, other.Selections), Math.Max(Aliases, other.Aliases));

    private static long Add(long a, long b) => Math.Min(a + b, Saturation);
}
