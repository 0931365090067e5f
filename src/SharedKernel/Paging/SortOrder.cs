using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using TriThuc.SharedKernel.Linq;

namespace TriThuc.SharedKernel.Paging;

/// <summary>
/// The ordering of a query, read from its outermost OrderBy/ThenBy calls: the keys, their directions, and the query
/// without them. From it a page is taken by keys, not by position (keyset paging): "after this row" means "after
/// these key values", so rows inserted or removed before the cursor never make a page skip or repeat a row.
/// </summary>
internal sealed class SortOrder<T>
{
    private SortOrder(IQueryable<T> unordered, IReadOnlyList<SortKey> keys)
    {
        Unordered = unordered;
        Keys = keys;
        Signature = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";", keys.Select(k => $"{k.Selector.Body}:{k.Descending}")))))[..12];
    }

    public IQueryable<T> Unordered { get; }

    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>Identifies the ordering, so that a cursor taken under one ordering is not used under another.</summary>
    public string Signature { get; }

    public sealed record SortKey(LambdaExpression Selector, bool Descending, Func<T, object?> Read)
    {
        public Type Type => Selector.ReturnType;
    }

    /// <summary>The ordering of a query whose last operations are OrderBy/ThenBy; null when it has none.</summary>
    public static SortOrder<T>? Of(IQueryable<T> query)
    {
        var keys = new List<SortKey>();
        var expression = query.Expression;
        while (expression is MethodCallExpression { Method.DeclaringType: var declaring } call && declaring == typeof(Queryable)
               && call.Method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending))
        {
            var selector = (LambdaExpression)StripQuotes(call.Arguments[1]);
            var read = CompiledDelegates.Of(Expression.Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters));
            keys.Insert(0, new SortKey(selector, call.Method.Name.EndsWith("Descending", StringComparison.Ordinal), read));
            expression = call.Arguments[0];
            if (call.Method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending))
            {
                return new SortOrder<T>(query.Provider.CreateQuery<T>(expression), keys);
            }
        }

        return null;
    }

    /// <summary>The query ordered by the keys, or by the keys reversed (to page backwards).</summary>
    public IQueryable<T> Apply(IQueryable<T> source, bool reversed)
    {
        var expression = source.Expression;
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            var descending = key.Descending != reversed;
            var name = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), name, [typeof(T), key.Type], expression, Expression.Quote(key.Selector));
        }

        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>The rows after the one with these key values, in the ordering (or in the reversed ordering).</summary>
    public Expression<Func<T, bool>> After(IReadOnlyList<object?> values, bool reversed)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < Keys.Count; i++)
        {
            Expression clause = Beyond(Key(i, row), Value(i, values[i]), descending: Keys[i].Descending != reversed);
            for (var j = i - 1; j >= 0; j--)
            {
                clause = Expression.AndAlso(Expression.Equal(Key(j, row), Value(j, values[j])), clause);
            }

            any = any is null ? clause : Expression.OrElse(any, clause);
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private Expression Key(int index, ParameterExpression row) =>
        new ParameterReplacer(Keys[index].Selector.Parameters[0], row).Visit(Keys[index].Selector.Body);

    /// <summary>A key value read from a captured object, as from a closure, so that EF Core sends it as a parameter.</summary>
    private Expression Value(int index, object? value) =>
        Expression.Convert(Expression.Field(Expression.Constant(new Captured(value)), nameof(Captured.Value)), Keys[index].Type);

    /// <summary><paramref name="key"/> beyond <paramref name="value"/> in the key's direction: greater, or smaller when descending.</summary>
    private static Expression Beyond(Expression key, Expression value, bool descending)
    {
        var type = key.Type;
        if (type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, value);
            return descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
        }

        if (type.GetMethod("op_GreaterThan", BindingFlags.Public | BindingFlags.Static, [type, type]) is not null || type.IsPrimitive)
        {
            return descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
        }

        if (type.GetMethod(nameof(IComparable.CompareTo), [type]) is { } compareTo)
        {
            var comparison = Expression.Call(key, compareTo, value);
            return descending ? Expression.LessThan(comparison, Expression.Constant(0)) : Expression.GreaterThan(comparison, Expression.Constant(0));
        }

        throw new NotSupportedException($"A list ordered by {type.Name} cannot be paged by its keys; order it by text, numbers, dates or ids.");
    }

    private static Expression StripQuotes(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;

    private sealed class Captured(object? value)
    {
        public readonly object? Value = value;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
