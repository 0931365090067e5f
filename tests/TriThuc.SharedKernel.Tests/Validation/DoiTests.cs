using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Validation;

namespace TriThuc.SharedKernel.Tests.Validation;

public sealed class DoiTests
{
    [Theory]
    [InlineData("10.1038/nphys1170", "10.1038/nphys1170")]
    [InlineData("https://doi.org/10.1000/182", "10.1000/182")]
    [InlineData("doi:10.1016/j.cell.2009.01.002", "10.1016/j.cell.2009.01.002")]
    [InlineData("https://dx.doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O")]
    public void A_well_formed_DOI_is_kept_bare(string value, string expected)
    {
        Doi.Canonical(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("11.1038/nphys1170")]
    [InlineData("10.103/nphys1170")]
    [InlineData("10.1038/")]
    [InlineData("10.1038 nphys1170")]
    [InlineData("10.1038/nphys 1170")]
    [InlineData("10.abcd/nphys1170")]
    [InlineData("nphys1170")]
    public void A_DOI_of_the_wrong_shape_is_refused(string value)
    {
        Doi.Canonical(value).Should().BeNull();
    }

    [Fact]
    public void An_optional_DOI_is_null_when_blank_and_refused_on_its_field_when_wrong()
    {
        Doi.Optional("", "doi").Should().BeNull();
        FluentActions.Invoking(() => Doi.Optional("10.1038 nphys1170", "doi")).Should().Throw<DomainException>()
            .Which.Field.Should().Be("doi");
    }
}
