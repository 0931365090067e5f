using System.Globalization;
using System.Text;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Validation;

/// <summary>
/// People's names as clerks type or paste them: spaces collapsed, composed to NFC (so "Nguyễn" typed with combining
/// marks and "Nguyễn" precomposed are one name, found by one search and one duplicate check), and refused when they
/// are not a name a person could write: control characters, invisible format characters (zero-width spaces and
/// joiners, right-to-left overrides, byte-order marks), private-use or unassigned characters, a combining mark with
/// no letter before it, digits other than 0–9, or fewer letters than the shortest name. Letters of any script with
/// their marks, spaces, punctuation and ASCII digits stay ("H'Hen Niê", "Nguyễn Thị Minh-Khai"): they are visible,
/// and a clerk can see and correct them.
/// </summary>
public static class Names
{
    public static string Person(string? value, int minimum, int maximum, string field, string label)
    {
        var name = Composed(value, field, label);
        if (name.Length < minimum || name.Length > maximum)
        {
            throw DomainException.Validation(field, $"{label} phải có từ {minimum} đến {maximum} ký tự.");
        }

        var letters = 0;
        var previous = UnicodeCategory.SpaceSeparator;
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var allowed = category switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => ++letters > 0,
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => IsLetterOrMark(previous),
                UnicodeCategory.DecimalDigitNumber => char.IsAsciiDigit(c),
                _ => true,
            };
            if (!allowed)
            {
                throw DomainException.Validation(field, $"{label} có ký tự không dùng trong tên người ({Describe(c)}); hãy gõ lại bằng chữ cái.");
            }

            previous = category;
        }

        return letters >= minimum
            ? name
            : throw DomainException.Validation(field, $"{label} phải có ít nhất {minimum} chữ cái.");
    }

    /// <summary>Spaces collapsed, trimmed, NFC; refuses what no text needs (control, format, private-use, unassigned characters, broken surrogates).</summary>
    public static string Composed(string? value, string field, string label)
    {
        var builder = new StringBuilder(value?.Length ?? 0);
        var space = false;
        foreach (var c in (value ?? "").Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        var text = builder.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            var category = char.IsSurrogatePair(text, i) ? CharUnicodeInfo.GetUnicodeCategory(text, i++) : CharUnicodeInfo.GetUnicodeCategory(text[i]);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate)
            {
                throw DomainException.Validation(field, $"{label} có ký tự ẩn hoặc ký tự điều khiển ({Describe(text[i])}); hãy gõ lại, đừng dán từ nơi khác.");
            }
        }

        return text.Normalize(NormalizationForm.FormC);
    }

    private static bool IsLetterOrMark(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Describe(char c) => $"U+{(int)c:X4}";
}
