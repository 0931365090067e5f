using System.Globalization;
using System.Text;
using TriThuc.SharedKernel.Text;

namespace TriThuc.SharedKernel.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("ĐỖ THỊ ĐÀO", "do thi dao")]
    [InlineData("  Hoàng   Thị\tHuệ ", "hoang thi hue")]
    [InlineData("Lò Văn Páo", "lo van pao")]
    [InlineData("Giàng Seo Phử", "giang seo phu")]
    [InlineData("Lò \u0301 Páo", "lo pao")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folding_drops_diacritics_case_and_extra_spaces(string? text, string expected)
    {
        VietnameseText.Fold(text).Should().Be(expected);
    }

    [Fact]
    public void Text_composed_or_decomposed_folds_the_same()
    {
        VietnameseText.Fold("Nguyễn".Normalize(System.Text.NormalizationForm.FormC))
            .Should().Be(VietnameseText.Fold("Nguyễn".Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void Folding_a_character_at_a_time_gives_what_normalising_the_whole_text_gives()
    {
        var random = new Random(45);
        const string vietnamese = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
        var alphabet = vietnamese + vietnamese.ToUpperInvariant() + " \t\u00a0'-.0123456789";
        var texts = Enumerable.Range(0, 2_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
            .Select(text => random.Next(2) == 0 ? text : text.Normalize(NormalizationForm.FormD))
            .Concat(Enumerable.Range(0, 0x2000).Select(c => $"a{(char)c}b"))
            .Append("Giàng Seo Phử 가나다"); // beyond the table: normalised whole

        foreach (var text in texts)
        {
            VietnameseText.Fold(text).Should().Be(Reference(text), $"the fold of \"{text}\"");
        }

        // The definition: drop every mark of the canonical decomposition, lower the case, đ as d, one space between words.
        static string Reference(string text) => string.Join(' ', new string(text.Trim().Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                .Select(c => c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c)).ToArray())
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
