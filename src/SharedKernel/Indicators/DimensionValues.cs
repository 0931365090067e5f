using GraphQL;
using TriThuc.SharedKernel.Text;

namespace TriThuc.SharedKernel.Indicators;

/// <summary>
/// The values of a breakdown that come from an enum, keyed as the schema writes the enum (REGION_III, WOMEN_SHARE,
/// INTERNATIONAL_ENVIRONMENT), so that a breakdown reads like the API, with their Vietnamese labels.
/// </summary>
public static class DimensionValues
{
    public static string Key(Enum value) => value.ToString().ToConstantCase();

    /// <summary>Every value of <typeparamref name="TEnum"/> by its key, with its label.</summary>
    public static Dictionary<string, string> NamesOf<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(value => Key(value), value => EnumLabels.Of(value));
}
