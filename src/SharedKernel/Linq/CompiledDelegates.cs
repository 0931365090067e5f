using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace TriThuc.SharedKernel.Linq;

/// <summary>
/// Compiles a lambda once per distinct expression tree, compared by structure as EF Core's query cache compares
/// queries, instead of on every call. Compiling emits a dynamic method that the JIT then compiles, and the paging and
/// batch-loading helpers that need a delegate of a query's expression run on every request: B2's page spent about a
/// sixth of the host's CPU compiling before. A lambda that captures a variable differs from every other (its closure
/// is compared by reference), so such lambdas stop being kept past a bound and are compiled afresh.
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
        if (Kept.Count < MaxKept)
        {
            Kept.TryAdd(lambda, compiled);
        }

        return compiled;
    }
}
