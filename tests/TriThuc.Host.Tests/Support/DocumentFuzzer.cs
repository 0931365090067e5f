using System.Globalization;
using System.Text;
using GraphQL.Types;

namespace TriThuc.Host.Tests.Support;

/// <summary>
/// Writes GraphQL requests from a composed schema, valid and not: real root fields with arguments that are right,
/// wrong, missing or extreme (huge numbers, negative page sizes, far dates, bad ids, invisible and right-to-left
/// characters, 10,000-character strings), values sometimes passed as variables, selections a few levels deep
/// through unions and interfaces, unknown fields, and now and then a document cut or garbled. One seed gives the
/// same requests, so a failure can be replayed.
/// </summary>
public sealed class DocumentFuzzer(ISchema schema, int seed)
{
    private readonly Random _random = new(seed);

    public sealed record FuzzRequest(string Query, Dictionary<string, object?> Variables);

    private static readonly string[] ExtremeStrings =
    [
        "", " ", "not-a-guid", "00000000-0000-0000-0000-000000000000", "0001-01-01", "9999-12-31", "2026-02-30", "-1",
        "\u200b\u200b", "\u202eabc", "a\u0000b", "'; DROP TABLE \"Intellectuals\"; --", "<script>alert(1)</script>",
        "Nguyễn Văn A", "０１２３４５６７８９０１", "٠١٢٣", new string('x', 10_000), "🙂", "%s%s%n", "../../etc/passwd",
    ];

    private static readonly object[] ExtremeNumbers = [0, -1, 1, int.MaxValue, int.MinValue, 1e300, -0.5, 99999999999L];

    public FuzzRequest Next()
    {
        var variables = new Dictionary<string, object?>();
        var declarations = new List<string>();
        var mutation = schema.Mutation is not null && _random.Next(4) == 0;
        var root = mutation ? schema.Mutation! : schema.Query;
        var text = new StringBuilder(mutation ? "mutation" : "query");
        var selection = new StringBuilder();
        for (var i = 0; i < 1 + _random.Next(2); i++)
        {
            AppendField(selection, Pick(root.Fields.ToList()), 0, declarations, variables);
        }

        if (_random.Next(20) == 0)
        {
            selection.Append(" khongCoTruongNay");
        }

        if (declarations.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", declarations)).Append(')');
        }

        text.Append(" { ").Append(selection).Append(" }");
        var query = text.ToString();
        return new FuzzRequest(_random.Next(15) == 0 ? Garble(query) : query, variables);
    }

    private void AppendField(StringBuilder text, FieldType field, int depth, List<string> declarations, Dictionary<string, object?> variables)
    {
        text.Append(field.Name);
        var arguments = (field.Arguments ?? []).Where(a => a.ResolvedType is not NonNullGraphType || _random.Next(12) != 0).ToList();
        if (arguments.Count > 0)
        {
            text.Append('(');
            foreach (var argument in arguments)
            {
                text.Append(argument.Name).Append(": ");
                if (_random.Next(3) == 0)
                {
                    var name = "v" + variables.Count.ToString(CultureInfo.InvariantCulture);
                    declarations.Add($"${name}: {TypeName(argument.ResolvedType!)}");
                    variables[name] = JsonValue(argument.ResolvedType!, 0);
                    text.Append('$').Append(name);
                }
                else
                {
                    text.Append(Literal(argument.ResolvedType!, 0));
                }

                text.Append(' ');
            }

            text.Append(')');
        }

        var named = Unwrap(field.ResolvedType!);
        if (named is IComplexGraphType or UnionGraphType or IAbstractGraphType)
        {
            text.Append(" { __typename ");
            if (depth < 3)
            {
                AppendSelections(text, named, depth + 1, declarations, variables);
            }

            text.Append('}');
        }

        text.Append(' ');
    }

    private void AppendSelections(StringBuilder text, IGraphType type, int depth, List<string> declarations, Dictionary<string, object?> variables)
    {
        if (type is IObjectGraphType or IInterfaceGraphType)
        {
            var fields = ((IComplexGraphType)type).Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
            for (var i = 0; i < Math.Min(fields.Count, 1 + _random.Next(4)); i++)
            {
                AppendField(text, Pick(fields), depth, declarations, variables);
            }
        }

        if (type is IAbstractGraphType abstractType && abstractType.PossibleTypes.Count > 0)
        {
            var possible = Pick(abstractType.PossibleTypes.ToList());
            text.Append("... on ").Append(possible.Name).Append(" { __typename ");
            AppendSelections(text, possible, depth + 1, declarations, variables);
            text.Append("} ");
        }
    }

    private string Literal(IGraphType type, int depth)
    {
        if (_random.Next(10) == 0)
        {
            return _random.Next(3) switch { 0 => "null", 1 => Quote(Pick(ExtremeStrings)), _ => Number() };
        }

        switch (type)
        {
            case NonNullGraphType nonNull:
                return Literal(nonNull.ResolvedType!, depth);
            case ListGraphType list:
                return "[" + string.Join(", ", Enumerable.Range(0, _random.Next(3)).Select(_ => Literal(list.ResolvedType!, depth + 1))) + "]";
            case EnumerationGraphType enumeration:
                return enumeration.Values.Count > 0 && _random.Next(6) != 0 ? Pick(enumeration.Values.ToList()).Name : "KHONG_CO";
            case IInputObjectGraphType input when depth < 4:
                return "{ " + string.Join(", ", input.Fields.Where(f => f.ResolvedType is NonNullGraphType || _random.Next(2) == 0)
                    .Select(f => $"{f.Name}: {Literal(f.ResolvedType!, depth + 1)}")) + " }";
            case IInputObjectGraphType:
                return "{}";
            default:
                return Scalar(type.Name) switch { string s => Quote(s), bool b => b ? "true" : "false", var n => Convert.ToString(n, CultureInfo.InvariantCulture)! };
        }
    }

    private object? JsonValue(IGraphType type, int depth)
    {
        if (_random.Next(10) == 0)
        {
            return _random.Next(3) switch { 0 => null, 1 => Pick(ExtremeStrings), _ => Pick(ExtremeNumbers) };
        }

        return type switch
        {
            NonNullGraphType nonNull => JsonValue(nonNull.ResolvedType!, depth),
            ListGraphType list => Enumerable.Range(0, _random.Next(3)).Select(_ => JsonValue(list.ResolvedType!, depth + 1)).ToList(),
            EnumerationGraphType enumeration => enumeration.Values.Count > 0 && _random.Next(6) != 0 ? Pick(enumeration.Values.ToList()).Name : "KHONG_CO",
            IInputObjectGraphType input when depth < 4 => input.Fields.Where(f => f.ResolvedType is NonNullGraphType || _random.Next(2) == 0)
                .ToDictionary(f => f.Name, f => JsonValue(f.ResolvedType!, depth + 1)),
            IInputObjectGraphType => new Dictionary<string, object?>(),
            _ => Scalar(type.Name),
        };
    }

    /// <summary>A value for a scalar: usually one of its kind, often an extreme one, sometimes another kind altogether.</summary>
    private object Scalar(string name) => (name, _random.Next(4)) switch
    {
        (_, 0) => _random.Next(2) == 0 ? Pick(ExtremeStrings) : Pick(ExtremeNumbers),
        ("Int", _) => _random.Next(3) == 0 ? Pick(ExtremeNumbers) : _random.Next(-5, 200),
        ("Float" or "Decimal", _) => _random.NextDouble() * 1000 - 10,
        ("Boolean", _) => _random.Next(2) == 0,
        ("ID", _) => _random.Next(2) == 0 ? Guid.NewGuid().ToString() : Pick(ExtremeStrings),
        ("Date", _) => new DateOnly(1900, 1, 1).AddDays(_random.Next(0, 60_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ("DateTime", _) => DateTimeOffset.UnixEpoch.AddSeconds(_random.NextInt64(0, 4_000_000_000)).ToString("O", CultureInfo.InvariantCulture),
        _ => Pick(ExtremeStrings),
    };

    private string Number() => Convert.ToString(Pick(ExtremeNumbers), CultureInfo.InvariantCulture)!;

    private string Garble(string query) => _random.Next(3) switch
    {
        0 => query[..(_random.Next(query.Length))],
        1 => query.Insert(_random.Next(query.Length), Pick(["{", "}", "(", "\"", "$", "...", "@skip", "#", "\\u0000"])),
        _ => query.Replace(" { ", " { { ", StringComparison.Ordinal),
    };

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private static string TypeName(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => TypeName(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + TypeName(list.ResolvedType!) + "]",
        _ => type.Name,
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
