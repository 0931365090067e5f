using GraphQL.Resolvers;
using TriThuc.SharedKernel.Domain;

namespace TriThuc.Host.Security;

/// <summary>Wraps the resolver of a field marked sensitive: resolves it, then records the read.</summary>
internal sealed class SensitiveFieldResolver(IFieldResolver inner, string typeName, string fieldName) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var value = await inner.ResolveAsync(context);
        context.RequestServices!.GetRequiredService<SensitiveReadLog>().Record(typeName, RecordId(context.Source), fieldName);
        return value;
    }

    private static string RecordId(object? source) => source switch
    {
        Entity entity => entity.Id.ToString(),
        null => "",
        _ => source.GetType().GetProperty("Id")?.GetValue(source)?.ToString() ?? "",
    };
}
