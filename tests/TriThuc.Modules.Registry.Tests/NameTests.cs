using System.Text;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Issue 20, item 16: names are stored composed (NFC), and invisible or junk names are refused.</summary>
public sealed class NameTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task A_name_typed_with_combining_marks_is_stored_composed_and_found_as_one_name()
    {
        var decomposed = "Nguyễn Thị Huệ".Normalize(NormalizationForm.FormD);
        decomposed.Should().NotBe("Nguyễn Thị Huệ");

        var id = await registry.CreatePersonAsync("  " + decomposed + "\u00A0 ", registry.Health, gender: "FEMALE");

        var name = (await registry.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { fullName } }", new { id }, registry.Editor))
            .Data("intellectual").Text("fullName");
        name.Should().Be("Nguyễn Thị Huệ".Normalize(NormalizationForm.FormC));
        (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"nguyen thi hue\" }, first: 5) { totalCount } }", token: registry.Editor))
            .Data("intellectuals").GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("\u200B\u200B\u200B")] // zero-width spaces only
    [InlineData("\u0301\u0303\u0323")] // combining marks only
    [InlineData("Lê Văn\u0007 An")] // a control character
    [InlineData("\u202EnA năV êL")] // a right-to-left override
    [InlineData("Lê\u200DVăn An")] // a zero-width joiner inside
    [InlineData("Lê Văn \uE000")] // private use
    [InlineData("-- ..")] // punctuation only
    [InlineData("A")] // one letter
    [InlineData("1 2")] // no letter
    [InlineData("Lê Văn ٣")] // digits other than 0–9
    [InlineData("Lê \u0301Văn")] // a combining mark after a space
    public async Task A_name_that_is_invisible_or_junk_is_refused_naming_the_field(string fullName)
    {
        var result = await registry.CreatePersonRawAsync(fullName, registry.Health);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "fullName");
    }

    [Theory]
    [InlineData("H'Hen Niê")]
    [InlineData("Nguyễn Thị Minh-Khai")]
    [InlineData("Y Moan Ê Ban")]
    public async Task Names_of_every_ethnic_group_are_accepted(string fullName)
    {
        var id = await registry.CreatePersonAsync(fullName, registry.Health);

        id.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_junk_name_in_an_import_is_refused_on_its_row()
    {
        var csv = RegistryHost.PeopleCsvHeader + "\r\n\u200B\u200B,Nam,01/02/1980,Tày,,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có\r\n";

        var (_, report) = await registry.ImportAsync(csv);

        var problem = report.GetProperty("problems").EnumerateArray().Should().ContainSingle().Which;
        problem.GetProperty("column").GetString().Should().Be("Họ và tên");
    }

    [Fact]
    public async Task A_unit_name_with_an_invisible_character_is_refused()
    {
        var result = await registry.GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code = "BV-AN", name = "Bệnh viện\u202E An", kind = "HOSPITAL", parentId = registry.Health, validFrom = "2020-01-01" } },
            registry.Administrator);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "name");
    }
}
