using System.ComponentModel;
using GraphQL.Types;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// A C# enum in the schema, read from the enum itself: its GraphQL name from graphql-dotnet's <c>[Name]</c>
/// attribute (else the C# name), its description and each value's from <see cref="DescriptionAttribute"/>.
/// Every value must be described, in Vietnamese, so that a frontend can show it: an enum that is not
/// stops start-up with its name and the values that lack one. Use it as <c>Field&lt;EnumType&lt;ProjectStatus&gt;&gt;</c>;
/// no class per enum is needed.
/// </summary>
public sealed class EnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    public EnumType()
    {
        if (string.IsNullOrWhiteSpace(Description))
        {
            throw new InvalidOperationException($"Enum {typeof(TEnum).FullName} has no [Description]; describe it in Vietnamese for the schema.");
        }

        var undescribed = Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => v.Name).ToList();
        if (undescribed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Enum {typeof(TEnum).FullName} has values without a [Description]: {string.Join(", ", undescribed)}; describe each in Vietnamese.");
        }
    }
}
