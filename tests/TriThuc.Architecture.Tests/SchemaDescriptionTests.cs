using System.Text.RegularExpressions;
using GraphQL.Types;
using TriThuc.Testing;

namespace TriThuc.Architecture.Tests;

/// <summary>
/// The composed schema explains itself to a frontend developer, in Vietnamese: every type, field, argument, input
/// field, enum value and directive is described; every object type either has a non-null id (a client cache's key)
/// or says in its description what keys it, or that it is kept within its parent.
/// </summary>
public sealed partial class SchemaDescriptionTests
{
    [Fact]
    public async Task Every_part_of_the_composed_schema_is_described_in_vietnamese_and_every_object_says_how_a_cache_keys_it()
    {
        using var plugins = PluginFolder.WithAllModules();
        await using var host = await TestHost.StartAsync(plugins);
        var schema = host.Schema;

        var undescribed = Undescribed(schema).ToList();
        var unkeyed = WithoutCacheKey(schema).ToList();

        undescribed.Should().BeEmpty(string.Join(Environment.NewLine, undescribed));
        unkeyed.Should().BeEmpty(string.Join(Environment.NewLine, unkeyed));
    }

    private static IEnumerable<string> Undescribed(ISchema schema)
    {
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (!IsVietnamese(type.Description))
            {
                yield return $"type {type.Name}: {type.Description}";
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (!IsVietnamese(field.Description))
                    {
                        yield return $"field {type.Name}.{field.Name}: {field.Description}";
                    }

                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (!IsVietnamese(argument.Description))
                        {
                            yield return $"argument {type.Name}.{field.Name}({argument.Name}): {argument.Description}";
                        }
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values.Where(v => !IsVietnamese(v.Description)))
                {
                    yield return $"enum value {type.Name}.{value.Name}: {value.Description}";
                }
            }
        }

        foreach (var directive in schema.Directives)
        {
            if (!IsVietnamese(directive.Description))
            {
                yield return $"directive @{directive.Name}: {directive.Description}";
            }

            foreach (var argument in directive.Arguments ?? [])
            {
                if (!IsVietnamese(argument.Description))
                {
                    yield return $"argument @{directive.Name}({argument.Name}): {argument.Description}";
                }
            }
        }
    }

    private static IEnumerable<string> WithoutCacheKey(ISchema schema) =>
        schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t != schema.Query && t != schema.Mutation)
            .Where(t => t.GetField("id") is not { ResolvedType: NonNullGraphType { ResolvedType: IdGraphType } })
            .Where(t => !CacheKeyNote().IsMatch(t.Description ?? ""))
            .Select(t => $"{t.Name} has no id! and its description does not say what keys it (\"Khóa: …\") or that it has none (\"Không có id…\")");

    /// <summary>
    /// Vietnamese text has letters no other language here writes (tone marks, ư, ơ, đ); a few labels have none ("Nam",
    /// "BS CKI"), so text without them passes when it holds no common English word either.
    /// </summary>
    private static bool IsVietnamese(string? text) =>
        text is { Length: > 0 } && (VietnameseLetters().IsMatch(text) || !EnglishWords().IsMatch(text));

    [GeneratedRegex(@"\b(the|a|an|of|to|is|are|be|when|and|or|for|this|that|with|true|false|if|not|field|type|value|list|from|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();

    [GeneratedRegex("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]")]
    private static partial Regex VietnameseLetters();

    [GeneratedRegex(@"Khóa[^.]*:|Không có id")]
    private static partial Regex CacheKeyNote();
}
