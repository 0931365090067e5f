using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Validation;

/// <summary>
/// An International Standard Serial Number (ISO 3297): seven digits and a mod-11 check digit, written 1234-567X, where
/// X stands for ten. The check digit catches a mistyped digit and most swapped pairs, so a journal's number is checked
/// before it is stored.
/// </summary>
public static class Issn
{
    /// <summary>The ISSN in its standard form ("0317-8471", "1050-124X") when <paramref name="value"/> is one, with or without the hyphen or an "ISSN" prefix; else null.</summary>
    public static string? Canonical(string? value)
    {
        var text = Codes.Normalize(value)?.ToUpperInvariant();
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("ISSN", StringComparison.Ordinal))
        {
            text = text[4..].TrimStart(' ', ':');
        }

        var compact = text.Length == 9 && text[4] == '-' ? text.Remove(4, 1) : text;
        if (compact.Length != 8 || !compact[..7].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(compact[7]) || compact[7] == 'X'))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (compact[i] - '0') * (8 - i);
        }

        var check = (11 - sum % 11) % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return compact[7] == expected ? $"{compact[..4]}-{compact[4..]}" : null;
    }

    /// <summary>An optional ISSN: null when blank, its standard form when valid; otherwise refused on <paramref name="field"/>.</summary>
    public static string? Optional(string? value, string field) =>
        Codes.Normalize(value) is null
            ? null
            : Canonical(value) ?? throw DomainException.Validation(field,
                $"ISSN '{value!.Trim()}' không hợp lệ: cần 8 ký tự dạng 1234-567X (chữ số cuối là số kiểm tra, X thay cho 10); hãy đối chiếu với bìa tạp chí hoặc portal.issn.org.");
}
