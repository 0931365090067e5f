namespace TriThuc.Host.GraphQL;

/// <summary>
/// What graphql-dotnet describes in English, or not at all, described in Vietnamese: the scalars (the custom ones with
/// the specification each follows: <c>@specifiedBy</c> in the SDL, <c>specifiedByURL</c> in introspection, so that a
/// client generator can type them), the built-in directives, and the arguments and fields every list and record
/// shares by convention (<c>id</c>, <c>input</c>, <c>filter</c>) where a module left them undescribed.
/// </summary>
internal static class BuiltInDescriptions
{
    private const string SpecifiedByKey = "trithuc:specifiedByURL";

    private static readonly (string Name, string Description, string? SpecifiedBy)[] Scalars =
    [
        ("DateOnly", "Một ngày theo lịch, không có giờ, dạng YYYY-MM-DD (RFC 3339 full-date), ví dụ \"2025-07-01\".",
            "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
        ("DateTimeOffset", "Một thời điểm có múi giờ, dạng RFC 3339 date-time, ví dụ \"2025-07-01T08:30:00+07:00\".",
            "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
        ("Long", "Số nguyên 64 bit, dạng số JSON. Số tiền là số nguyên đồng (không có phần thập phân), không vượt 10^15 nên đọc đúng trong JavaScript.",
            "https://www.rfc-editor.org/rfc/rfc8259#section-6"),
        ("Decimal", "Số thập phân, dạng số JSON (tỷ lệ, điểm, giá trị chỉ tiêu); không dùng cho tiền, vốn là Long (đồng).",
            "https://www.rfc-editor.org/rfc/rfc8259#section-6"),
        ("ID", "Mã định danh của một bản ghi: một chuỗi (GUID), ổn định, dùng làm khóa bộ nhớ đệm phía client.", null),
        ("String", "Chuỗi văn bản UTF-8.", null),
        ("Int", "Số nguyên 32 bit có dấu.", null),
        ("Float", "Số thực dấu phẩy động (IEEE 754).", null),
        ("Boolean", "Đúng (true) hoặc sai (false).", null),
    ];

    private static readonly Dictionary<string, (string Description, Dictionary<string, string> Arguments)> Directives = new()
    {
        ["include"] = ("Chỉ lấy trường hoặc fragment này khi tham số if là true.", new() { ["if"] = "Lấy khi true." }),
        ["skip"] = ("Bỏ qua trường hoặc fragment này khi tham số if là true.", new() { ["if"] = "Bỏ qua khi true." }),
        ["deprecated"] = ("Đánh dấu một phần của lược đồ không còn nên dùng.", new() { ["reason"] = "Vì sao ngừng dùng, và nên dùng gì thay thế." }),
    };

    private static readonly Dictionary<string, string> ConventionalArguments = new(StringComparer.Ordinal)
    {
        ["id"] = "Mã định danh của bản ghi.",
        ["input"] = "Thông tin gửi lên cho thao tác này.",
        ["filter"] = "Bộ lọc; các điều kiện kết hợp với nhau (và); bỏ trống để lấy tất cả.",
        ["orderBy"] = "Thứ tự của danh sách.",
        ["personId"] = "Mã hồ sơ trí thức của người được nói tới.",
        ["intellectualId"] = "Mã hồ sơ trí thức của người được nói tới.",
    };

    /// <summary>Describes what graphql-dotnet left in English or undescribed; call once the schema is initialized.</summary>
    public static void Apply(ISchema schema)
    {
        foreach (var directive in schema.Directives)
        {
            if (Directives.TryGetValue(directive.Name, out var text))
            {
                directive.Description = text.Description;
                foreach (var argument in directive.Arguments ?? [])
                {
                    argument.Description = text.Arguments.TryGetValue(argument.Name, out var described) ? described : argument.Description;
                }
            }
        }

        foreach (var field in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).OfType<IComplexGraphType>().SelectMany(t => t.Fields))
        {
            if (field.Name == "id" && string.IsNullOrEmpty(field.Description))
            {
                field.Description = "Mã định danh của bản ghi, không đổi: dùng làm khóa bộ nhớ đệm phía client.";
            }

            foreach (var argument in (field.Arguments ?? []).Where(a => string.IsNullOrEmpty(a.Description)))
            {
                argument.Description = ConventionalArguments.GetValueOrDefault(argument.Name);
            }
        }

        foreach (var (name, description, specifiedBy) in Scalars)
        {
            if (schema.AllTypes[name] is { } scalar)
            {
                scalar.Description = description;
                if (specifiedBy is not null)
                {
                    scalar.WithMetadata(SpecifiedByKey, specifiedBy);
                }
            }
        }
    }

    /// <summary>The specification a scalar follows, or null.</summary>
    public static string? SpecifiedBy(IGraphType type) => type.GetMetadata<string?>(SpecifiedByKey);

    /// <summary>The SDL with <c>@specifiedBy</c> on the scalars that follow a specification.</summary>
    public static string WithSpecifiedBy(string sdl, ISchema schema) =>
        Scalars.Where(s => s.SpecifiedBy is not null && schema.AllTypes[s.Name] is not null)
            .Aggregate(sdl, (text, scalar) => System.Text.RegularExpressions.Regex.Replace(
                text, $@"^scalar {scalar.Name}$", $"scalar {scalar.Name} @specifiedBy(url: \"{scalar.SpecifiedBy}\")",
                System.Text.RegularExpressions.RegexOptions.Multiline));
}
