using GraphQL.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// Fields that show a Registry person as the Registry's own <c>Intellectual</c> type, referred to by name: a
/// module records person ids, never a copy of the person, and writes no person type of its own. Every such
/// field of a page is loaded in one batch.
/// </summary>
public static class PersonFieldExtensions
{
    /// <summary>The GraphQL name of the Registry's person type.</summary>
    public const string TypeName = "Intellectual";

    /// <summary>The person whose id the record holds; null when it holds none (<paramref name="required"/> false).</summary>
    public static FieldBuilder<TSource, object> PersonField<TSource>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, Guid?> personId, bool required = true)
    {
        IGraphType person = new GraphQLTypeReference(TypeName);
        return type.Field(name, required ? new NonNullGraphType(person) : person)
            .Resolve(c => personId(c.Source) is { } id ? Records(c.RequestServices!).Load(id) : null);
    }

    /// <summary>The persons whose ids the record holds, in that order; ids the Registry does not know are left out.</summary>
    public static FieldBuilder<TSource, object> PeopleField<TSource>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, IEnumerable<Guid>> personIds) =>
        type.Field(name, new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(TypeName)))))
            .Resolve(c =>
            {
                var records = Records(c.RequestServices!);
                return new LoadedList<object>(personIds(c.Source).Select(records.Load).ToList());
            });

    private static IIntellectualRecords Records(IServiceProvider services) => services.GetRequiredService<IIntellectualRecords>();
}
