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
    private static readonly string[] FoldedCharacters = Enumerable.Range(0, TableEnd).Select(c => FoldByNormalizing(((char)c).ToString())).ToArray();

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var trimmed = text.AsSpan().Trim();
        foreach (var character in trimmed)
        {
            if (character >= TableEnd)
            {
                return FoldByNormalizing(trimmed.ToString());
            }
        }

        var folded = new StringBuilder(trimmed.Length);
        var lastWasSpace = false;
        foreach (var character in trimmed)
        {
            if (char.IsWhiteSpace(character))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            folded.Append(FoldedCharacters[character]);
        }

        return folded.ToString();
    }

    private static string FoldByNormalizing(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(character))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            folded.Append(character switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(character),
            });
        }

        return folded.ToString();
    }
}
