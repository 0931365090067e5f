using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Validation;

/// <summary>
/// An ORCID iD, the researcher's persistent identifier: sixteen characters in four groups (0000-0002-1825-0097), the last
/// a check digit by ISO 7064 MOD 11-2, where X stands for ten.
/// </summary>
public static class Orcid
{
    private const string Prefix = "ORCID.ORG/";

    /// <summary>The iD in its standard form ("0000-0002-1825-0097") when <paramref name="value"/> is one, bare or as an https://orcid.org/ address; else null.</summary>
    public static string? Canonical(string? value)
    {
        var text = Codes.Normalize(value)?.ToUpperInvariant();
        if (text is null)
        {
            return null;
        }

        var at = text.IndexOf(Prefix, StringComparison.Ordinal);
        if (at >= 0)
        {
            text = text[(at + Prefix.Length)..];
        }

        var grouped = text.Length == 19 && text[4] == '-' && text[9] == '-' && text[14] == '-';
        var compact = grouped ? text.Replace("-", "") : text;
        if (compact.Length != 16 || !compact[..15].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(compact[15]) || compact[15] == 'X'))
        {
            return null;
        }

        var total = 0;
        for (var i = 0; i < 15; i++)
        {
            total = (total + compact[i] - '0') * 2;
        }

        var check = (12 - total % 11) % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return compact[15] == expected ? $"{compact[..4]}-{compact[4..8]}-{compact[8..12]}-{compact[12..]}" : null;
    }

    /// <summary>An optional ORCID iD: null when blank, its standard form when valid; otherwise refused on <paramref name="field"/>.</summary>
    public static string? Optional(string? value, string field) =>
        Codes.Normalize(value) is null
            ? null
            : Canonical(value) ?? throw DomainException.Validation(field,
                $"ORCID '{value!.Trim()}' không hợp lệ: cần 16 ký tự dạng 0000-0002-1825-0097 (ký tự cuối là số kiểm tra, X thay cho 10); hãy chép lại từ trang orcid.org của tác giả.");
}
