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
}
