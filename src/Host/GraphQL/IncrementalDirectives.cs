using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace TriThuc.Host.GraphQL;

/// <summary>Finds the directives of incremental delivery (@defer, @stream) anywhere in a document.</summary>
internal sealed class IncrementalDirectives : ASTVisitor<IncrementalDirectives.Found>
{
    private static readonly IncrementalDirectives Instance = new();

    public sealed class Found : IASTVisitorContext
    {
        public bool Any { get; set; }

        public CancellationToken CancellationToken => default;
    }

    public static bool Walk(GraphQLDocument document)
    {
        var found = new Found();
        Instance.VisitAsync(document, found).AsTask().GetAwaiter().GetResult();
        return found.Any;
    }

    protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, Found context)
    {
        context.Any |= directive.Name.StringValue is "defer" or "stream";
        return ValueTask.CompletedTask;
    }
}
