using System.Globalization;
using System.Text;

namespace TriThuc.SharedKernel.Text;

/// <summary>Vietnamese text made comparable without diacritics, for search: "Nguyễn Văn Đức" → "nguyen van duc".</summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
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
