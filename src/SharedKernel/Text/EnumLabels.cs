using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;

namespace TriThuc.SharedKernel.Text;

/// <summary>
/// The Vietnamese name of an enum value, as its <see cref="DescriptionAttribute"/> gives it: what the schema
/// describes the value with, what exports and breakdowns print, and what a spreadsheet may write for it.
/// </summary>
public static class EnumLabels
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByFoldedLabel = new();
    private static readonly ConcurrentDictionary<Enum, string> Labels = new();

    /// <summary>The value's label; the C# name when it has none. Read once per value: exports ask for it on every row.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Labels.GetOrAdd(value, v => typeof(TEnum).GetField(v.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description ?? v.ToString());

    /// <summary>Every value with its label, in declaration order.</summary>
    public static IReadOnlyDictionary<TEnum, string> All<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(v => v, Of);

    /// <summary>
    /// The value a clerk means by <paramref name="text"/>: its label or its C# name, with or without diacritics,
    /// in any case ("thac si", "Thạc sĩ" and "Master" all give <c>Master</c>).
    /// </summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var table = ByFoldedLabel.GetOrAdd(typeof(TEnum), _ => Enum.GetValues<TEnum>()
            .SelectMany(v => new[] { (VietnameseText.Fold(Of(v)), (object)v), (VietnameseText.Fold(v.ToString()), v) })
            .DistinctBy(p => p.Item1)
            .ToDictionary(p => p.Item1, p => p.Item2));
        if (table.TryGetValue(VietnameseText.Fold(text), out var found))
        {
            value = (TEnum)found;
            return true;
        }

        value = default;
        return false;
    }
}
