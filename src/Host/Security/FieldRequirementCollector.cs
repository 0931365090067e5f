using GraphQL.Validation;
using GraphQLParser.AST;

namespace TriThuc.Host.Security;

/// <summary>
/// A validation rule that reports nothing: it lists every field the document uses, with its declared
/// access, into the request's user context. The validator then checks that list against the caller,
/// and keeps it for the next request with the same document.
/// </summary>
internal sealed class FieldRequirementCollector : ValidationRuleBase
{
    public const string UserContextKey = "trithuc:field-requirements";

    public static FieldRequirementCollector Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            var field = ctx.TypeInfo.GetFieldDef();
            var parent = ctx.TypeInfo.GetParentType()?.GetNamedType();
            if (field is null || parent is null || field.Name.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            var isRoot = parent == ctx.Schema.Query || parent == ctx.Schema.Mutation || parent == ctx.Schema.Subscription;
            RequirementsOf(ctx).Add(new FieldRequirement(
                $"{parent.Name}.{field.Name}", field.GetAccess(), field.IsSensitive(), isRoot, IsMutation: parent == ctx.Schema.Mutation));
        }));

    public static List<FieldRequirement> RequirementsOf(ValidationContext context)
    {
        if (context.UserContext.TryGetValue(UserContextKey, out var existing) && existing is List<FieldRequirement> list)
        {
            return list;
        }

        var created = new List<FieldRequirement>();
        context.UserContext[UserContextKey] = created;
        return created;
    }
}
