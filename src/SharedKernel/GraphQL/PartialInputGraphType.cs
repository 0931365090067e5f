using GraphQL.Types;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// The GraphQL type of a <see cref="PartialInput"/>: declare its fields nullable, and mark with <c>.Sensitive()</c> those
/// only a caller with the personal-data permission may change. The parsed input knows which fields were sent.
/// </summary>
public abstract class PartialInputGraphType<T> : InputObjectGraphType<T>
    where T : PartialInput
{
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var input = (T)base.ParseDictionary(value);
        foreach (var name in value.Keys)
        {
            input.MarkSent(name, GetField(name)?.IsSensitive() == true);
        }

        return input;
    }
}
