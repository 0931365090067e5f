using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Validation;

namespace TriThuc.SharedKernel.Tests.Validation;

public sealed class IssnTests
{
    [Theory]
    [InlineData("0317-8471", "0317-8471")]
    [InlineData("03178471", "0317-8471")]
    [InlineData("ISSN 2049-3630", "2049-3630")]
    [InlineData("1050-124x", "1050-124X")]
    [InlineData(" ０３１７-８４７１ ", "0317-8471")]
    public void A_valid_ISSN_is_given_in_its_standard_form(string value, string expected)
    {
        Issn.Canonical(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("0317-8472")]
    [InlineData("3017-8471")]
    [InlineData("1050-1240")]
    [InlineData("0317-847")]
    [InlineData("0317-84711")]
    [InlineData("03A7-8471")]
    [InlineData("03-178471")]
    public void A_wrong_check_digit_a_swap_or_a_wrong_shape_is_refused(string value)
    {
        Issn.Canonical(value).Should().BeNull();
    }

    [Fact]
    public void An_optional_ISSN_is_null_when_blank_and_refused_on_its_field_when_wrong()
    {
        Issn.Optional("  ", "issn").Should().BeNull();
        var refused = FluentActions.Invoking(() => Issn.Optional("0317-8472", "issn")).Should().Throw<DomainException>().Which;
        refused.Field.Should().Be("issn");
        refused.Code.Should().Be(ErrorCodes.Validation);
    }
}
