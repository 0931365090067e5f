using System.Globalization;
using System.Text;

namespace TriThuc.SharedKernel.Text;

/// <summary>Vietnamese text made comparable without diacritics, for search: "Nguyễn Văn Đức" → "nguyen van duc".</summary>
public static class VietnameseText
{
    /// <summary>Every character Vietnamese text uses, and its combining marks, lie below this one.</summary>
    private const char TableEnd = '\u2000';

    /// <summary>
    /// Each character below <see cref="TableEnd"/> folded on its own, worked out once: canonical decomposition
    /// (Unicode form D) acts on each character by itself, and the marks it yields are dropped, so a text folds
    /// to its characters' folds in turn. An import folds half a million cells; normalising each cost more than the rest of its row.
    /// </summary>
    private static readonly string[] FoldedCharacters = Enumerable.Range(0, TableEnd)
        .Select(c => string.Concat(((char)c).ToString().Normalize(NormalizationForm.FormD).Select(FoldDecomposed)))
        .ToArray();

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var trimmed = text.Trim();
        return trimmed.AsSpan().ContainsAnyInRange(TableEnd, char.MaxValue)
            ? Join(trimmed.Normalize(NormalizationForm.FormD), FoldDecomposed)
            : Join(trimmed, c => FoldedCharacters[c]);
    }

    /// <summary>The folds of the characters, one space for each run of white space.</summary>
    private static string Join(string text, Func<char, string> fold)
    {
        var folded = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
            }
            else if (fold(character) is { Length: > 0 } piece)
            {
                folded.Append(piece);
                lastWasSpace = false;
            }
        }

        return folded.ToString();
    }

    /// <summary>A character of decomposed text: a mark dropped, đ as d, lower case.</summary>
    private static string FoldDecomposed(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark ? ""
        : character is 'đ' or 'Đ' ? "d"
        : char.ToLowerInvariant(character).ToString();
}
