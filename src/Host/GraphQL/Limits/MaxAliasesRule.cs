using GraphQL.Validation;
using GraphQLParser.AST;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.Host.GraphQL.Limits;

/// <summary>Refuses a document with more aliased fields than the limit (a cheap way to multiply work).</summary>
internal sealed class MaxAliasesRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLDocument>((document, ctx) =>
        {
            var aliases = CountAliases(document);
            if (aliases > maxAliases)
            {
                ctx.ReportError(new LimitExceededError(ErrorCodes.TooManyAliases,
                    $"Truy vấn dùng {aliases} bí danh (alias), vượt giới hạn {maxAliases}."));
            }
        }));

    private static int CountAliases(GraphQLDocument document)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    pending.Push(fragment.SelectionSet);
                    break;
            }
        }

        while (pending.TryPop(out var selections))
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        count += field.Alias is null ? 0 : 1;
                        if (field.SelectionSet is not null)
                        {
                            pending.Push(field.SelectionSet);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return count;
    }
}
