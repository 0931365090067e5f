using System.Linq.Expressions;
using System.Reflection;

namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Re-points a module's references to a person once the Registry has merged two records
/// (<see cref="IntellectualsMerged"/>): every row that named the merged record names the kept one. Where the kept
/// person already holds the same place (the same project, the same initiative), the merged person's row is
/// dropped rather than doubled, or left as it was when <c>dropClashes</c> is false. The changes are tracked by
/// <paramref name="db"/>, so they are audited and saved by the handler's SaveChanges, with the inbox entry.
/// </summary>
public sealed class MergedPersonReferences(DbContext db, IntellectualsMerged merged)
{
    public Task RepointAsync<T>(Expression<Func<T, Guid>> person, CancellationToken cancellationToken)
        where T : class => RepointAsync(person, samePlace: null, dropClashes: false, cancellationToken);

    public Task RepointAsync<T>(Expression<Func<T, Guid?>> person, CancellationToken cancellationToken)
        where T : class => RepointAsync(person, samePlace: null, dropClashes: false, cancellationToken);

    /// <param name="samePlace">What a row is a place in (its project, its council): two rows of one place must not name one person.</param>
    /// <param name="dropClashes">Drop the merged person's row where the kept person already holds the place; else leave it unchanged.</param>
    public async Task RepointAsync<T, TId>(
        Expression<Func<T, TId>> person, Func<T, object>? samePlace, bool dropClashes, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await db.Set<T>().Where(Naming(person, merged.MergedId)).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var keptPlaces = samePlace is null
            ? []
            : (await db.Set<T>().AsNoTracking().Where(Naming(person, merged.KeptId)).ToListAsync(cancellationToken)).Select(samePlace).ToHashSet();
        var property = PropertyOf(person);
        foreach (var row in rows)
        {
            if (samePlace is not null && keptPlaces.Contains(samePlace(row)))
            {
                if (dropClashes)
                {
                    db.Remove(row);
                }

                continue;
            }

            property.SetValue(row, merged.KeptId);
        }
    }

    private static Expression<Func<T, bool>> Naming<T, TId>(Expression<Func<T, TId>> person, Guid id) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Equal(person.Body, Expression.Constant((TId)(object)id, typeof(TId))),
            person.Parameters);

    private static PropertyInfo PropertyOf<T, TId>(Expression<Func<T, TId>> person) =>
        (person.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : person.Body) is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new ArgumentException($"{person} must name a property of {typeof(T).Name}, such as x => x.IntellectualId.", nameof(person));
}
