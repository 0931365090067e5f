namespace TriThuc.Host.GraphQL;

/// <summary>
/// The schema's scalars described in Vietnamese, the custom ones with the specification each follows
/// (<c>@specifiedBy</c> in the SDL, <c>specifiedByURL</c> in introspection), so that a client generator can type them.
/// </summary>
internal static class ScalarDescriptions
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

    /// <summary>Describes the scalars; call once the schema is initialized.</summary>
    public static void Apply(ISchema schema)
    {
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
