using System.Text;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Validation;

/// <summary>
/// Numbers and codes clerks type (national IDs, phone numbers, staff, unit, project and call codes), normalised once
/// before they are compared or stored: trimmed and folded to compatibility form (NFKC), so that full-width "０１７"
/// becomes "017"; then only ASCII is accepted. "٠١٧" (Arabic-Indic digits) or a Devanagari "१" are refused rather
/// than kept as a second person or code that merely looks like the first.
/// </summary>
public static class Codes
{
    /// <summary>The value as it will be compared and stored: trimmed, NFKC; null when blank. Checks nothing.</summary>
    public static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormKC).Trim();

    /// <summary>A required code: 1 to <paramref name="maximum"/> ASCII letters, digits and <c>- _ . /</c>.</summary>
    public static string Require(string? value, int maximum, string field, string label) =>
        Optional(value, maximum, field, label) ?? throw DomainException.Validation(field, $"{label}: cần nhập, tối đa {maximum} ký tự.");

    /// <summary>An optional code (null when blank): at most <paramref name="maximum"/> ASCII letters, digits and <c>- _ . /</c>.</summary>
    public static string? Optional(string? value, int maximum, string field, string label)
    {
        var code = Normalize(value);
        if (code is null)
        {
            return null;
        }

        if (code.Length > maximum)
        {
            throw DomainException.Validation(field, $"{label} dài quá {maximum} ký tự.");
        }

        return code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
            ? code
            : throw DomainException.Validation(field, $"{label} '{code}' chỉ được gồm chữ cái không dấu, chữ số 0–9 và các dấu - _ . /.");
    }

    /// <summary>Whether a normalised value is exactly <paramref name="length"/> ASCII digits 0–9.</summary>
    public static bool IsAsciiDigits(string? value, int length) => value?.Length == length && value.All(char.IsAsciiDigit);
}
