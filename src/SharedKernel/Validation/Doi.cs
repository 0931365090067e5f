using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Validation;

/// <summary>
/// A Digital Object Identifier: the prefix "10." and a registrant code of four to nine digits, a slash, and a suffix
/// without spaces (10.1038/nphys1170). A DOI has no check digit, so only its shape is checked. DOIs compare without
/// regard to case; the suffix is kept as written.
/// </summary>
public static class Doi
{
    public const int MaxLength = 300;

    private static readonly string[] Prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>The bare DOI ("10.1038/nphys1170") when <paramref name="value"/> is one, bare, as "doi:…" or as a doi.org address; else null.</summary>
    public static string? Canonical(string? value)
    {
        var text = Codes.Normalize(value);
        if (text is null)
        {
            return null;
        }

        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].TrimStart();
                break;
            }
        }

        var slash = text.IndexOf('/');
        if (text.Length > MaxLength || !text.StartsWith("10.", StringComparison.Ordinal) || slash < 0 || slash == text.Length - 1)
        {
            return null;
        }

        var registrant = text[3..slash];
        var suffix = text[(slash + 1)..];
        return registrant.Length is >= 4 and <= 9 && registrant.All(char.IsAsciiDigit) && suffix.All(c => c > ' ' && c != '\u007f' && !char.IsWhiteSpace(c))
            ? text
            : null;
    }

    /// <summary>An optional DOI: null when blank, the bare DOI when well formed; otherwise refused on <paramref name="field"/>.</summary>
    public static string? Optional(string? value, string field) =>
        Codes.Normalize(value) is null
            ? null
            : Canonical(value) ?? throw DomainException.Validation(field,
                $"DOI '{value!.Trim()}' không hợp lệ: cần dạng 10.xxxx/hậu-tố (ví dụ 10.1038/nphys1170), không có dấu cách; có thể dán cả địa chỉ https://doi.org/….");
}
