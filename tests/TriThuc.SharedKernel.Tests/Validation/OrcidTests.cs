using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Validation;

namespace TriThuc.SharedKernel.Tests.Validation;

public sealed class OrcidTests
{
    [Theory]
    [InlineData("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("0000-0001-5109-3700", "0000-0001-5109-3700")]
    [InlineData("0000-0002-1694-233x", "0000-0002-1694-233X")]
    [InlineData("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("0000000218250097", "0000-0002-1825-0097")]
    public void A_valid_iD_is_given_in_its_standard_form(string value, string expected)
    {
        Orcid.Canonical(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("0000-0002-1825-0098")]
    [InlineData("0000-0002-1852-0097")]
    [InlineData("0000-0002-1694-2330")]
    [InlineData("0000-0002-1825-009")]
    [InlineData("0000-0002-1825-00977")]
    [InlineData("000-00002-1825-0097")]
    [InlineData("X000-0002-1825-0097")]
    public void A_wrong_check_digit_a_swap_or_a_wrong_shape_is_refused(string value)
    {
        Orcid.Canonical(value).Should().BeNull();
    }

    [Fact]
    public void An_optional_iD_is_null_when_blank_and_refused_on_its_field_when_wrong()
    {
        Orcid.Optional(null, "orcid").Should().BeNull();
        FluentActions.Invoking(() => Orcid.Optional("0000-0002-1825-0098", "orcid")).Should().Throw<DomainException>()
            .Which.Field.Should().Be("orcid");
    }
}
