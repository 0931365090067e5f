using GraphQL.Validation;
using GraphQLParser.AST;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.Host.GraphQL.Limits;

/// <summary>Refuses an operation whose selections nest deeper than the limit, following fragment spreads.</summary>
internal sealed class MaxDepthRule(int maxDepth) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            var fragments = ctx.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .GroupBy(f => f.FragmentName.Name.StringValue)
                .ToDictionary(g => g.Key, g => g.First());
            var depth = Depth(operation.SelectionSet, fragments, []);
            if (depth > maxDepth)
            {
                ctx.ReportError(new LimitExceededError(ErrorCodes.QueryTooDeep,
                    $"Truy vấn lồng {depth} cấp, vượt giới hạn {maxDepth} cấp."));
            }
        }));

    private static int Depth(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> entered)
    {
        if (selections is null)
        {
            return 0;
        }

        var deepest = 0;
        foreach (var selection in selections.Selections)
        {
            var depth = selection switch
            {
                GraphQLField field => field.SelectionSet is null ? 1 : 1 + Depth(field.SelectionSet, fragments, entered),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, fragments, entered),
                GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && entered.Add(fragment.FragmentName.Name.StringValue)
                    => DepthThenLeave(fragment, fragments, entered),
                _ => 0, // an unknown or cyclic spread: other rules report it
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int DepthThenLeave(GraphQLFragmentDefinition fragment, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> entered)
    {
        var depth = Depth(fragment.SelectionSet, fragments, entered);
        entered.Remove(fragment.FragmentName.Name.StringValue);
        return depth;
    }
}
