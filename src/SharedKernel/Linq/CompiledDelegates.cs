using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace TriThuc.SharedKernel.Linq;

/// <summary>
/// Compiles a lambda once per distinct expression tree, compared by structure as EF Core's query cache compares
/// queries, instead of on every call. Compiling emits a dynamic method that the JIT then compiles, and the paging and
/// batch-loading helpers that need a delegate of a query's expression run on every request: B2's page spent about a
/// sixth of the host's CPU compiling before. Only trees that the comparison tells apart safely are kept: no captured
/// variable or other object constant (a closure is compared by reference, so it would never be found again and would
/// keep what it captured alive), and named, distinct parameters (the comparison matches parameters by name). Anything
/// else is compiled on every call, as before.
/// </summary>
public static class CompiledDelegates
{
    private const int MaxKept = 1_000;

    private static readonly ConcurrentDictionary<Expression, Delegate> Kept = new(ExpressionEqualityComparer.Instance);

    public static TDelegate Of<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate
    {
        if (Kept.TryGetValue(lambda, out var kept))
        {
            return (TDelegate)kept;
        }

        var compiled = lambda.Compile();
        if (Keepable.Check(lambda) && Kept.Count < MaxKept) // Count takes every lock of the dictionary: only for a tree to keep
        {
            Kept.TryAdd(lambda, compiled);
        }

        return compiled;
    }

    /// <summary>Whether a tree holds only value constants and named, distinct parameters.</summary>
    private sealed class Keepable : ExpressionVisitor
    {
        private readonly HashSet<string> _parameters = [];
        private bool _keepable = true;

        public static bool Check(Expression expression)
        {
            var visitor = new Keepable();
            visitor.Visit(expression);
            return visitor._keepable;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            _keepable &= node.Value is null || node.Type.IsPrimitive || node.Type.IsEnum || node.Value is string or decimal or DateTime or DateTimeOffset or DateOnly or Guid;
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            foreach (var parameter in node.Parameters)
            {
                _keepable &= parameter.Name is { } name && _parameters.Add(name);
            }

            return base.VisitLambda(node);
        }
    }
}
