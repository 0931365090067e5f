using GraphQLParser.AST;

namespace TriThuc.Host.GraphQL.Limits;

/// <summary>
/// How big a document really is once its fragments are expanded: the deepest nesting, the number of
/// field selections and of aliased ones, and the most times one selection set repeats a field (or spreads a
/// fragment) it already has — repeats change nothing in the answer, but the rule that checks they can be merged
/// compares them pair by pair. Each fragment is measured once and its measure reused, so a
/// small document whose fragments spread each other many times is measured in linear time — and then
/// refused, before any rule or resolver walks the expansion.
/// </summary>
internal readonly record struct DocumentShape(int Depth, long Selections, long Aliases, long Repeats)
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
        var shape = new DocumentShape(0, 0, 0, 0);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            shape = shape.Widest(Measure(operation.SelectionSet, fragments, measured, entered));
        }

        return shape;
    }

    private static DocumentShape Measure(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, DocumentShape> measured, HashSet<string> entered)
    {
        var total = new DocumentShape(0, 0, 0, 0);
        if (selections is null)
        {
            return total;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        long repeats = 0;
        foreach (var selection in selections.Selections)
        {
            var part = selection switch
            {
                GraphQLField field => Measure(field.SelectionSet, fragments, measured, entered) is var below
                    ? new DocumentShape(below.Depth + 1, Add(below.Selections, 1), Add(below.Aliases, field.Alias is null ? 0 : 1), below.Repeats)
                    : default,
                GraphQLInlineFragment inline => Measure(inline.SelectionSet, fragments, measured, entered),
                GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.StringValue, fragments, measured, entered),
                _ => default,
            };
            var name = selection switch
            {
                GraphQLField field => (field.Alias?.Name ?? field.Name).StringValue,
                GraphQLFragmentSpread spread => "..." + spread.FragmentName.Name.StringValue,
                _ => null,
            };
            if (name is not null && !seen.Add(name))
            {
                repeats++;
            }

            total = new DocumentShape(Math.Max(total.Depth, part.Depth), Add(total.Selections, part.Selections), Add(total.Aliases, part.Aliases),
                Math.Max(total.Repeats, part.Repeats));
        }

        return total with { Repeats = Math.Max(total.Repeats, repeats) };
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
        new(Math.Max(Depth, other.Depth), Math.Max(Selections, other.Selections), Math.Max(Aliases, other.Aliases), Math.Max(Repeats, other.Repeats));

    private static long Add(long a, long b) => Math.Min(a + b, Saturation);
}
