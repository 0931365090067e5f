using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Issue 20, item 9: national IDs and codes are ASCII, normalised before they are compared, so one person or unit is never stored twice under look-alike digits.</summary>
public sealed class CodeNormalisationTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Read = "query($id: ID!) { intellectual(id: $id) { nationalId staffCode phone } }";

    [Fact]
    public async Task A_national_id_typed_in_full_width_digits_is_stored_in_ascii_and_is_the_same_person()
    {
        var id = await registry.CreatePersonAsync("Nông Văn Toàn", registry.Health, nationalId: "０１７０８５０００１２３");

        var again = await registry.CreatePersonRawAsync("Nông V. Toàn", registry.Health, nationalId: "017085000123");

        (await registry.GraphQLAsync(Read, new { id }, registry.Administrator)).Data("intellectual").Text("nationalId").Should().Be("017085000123");
        again.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "nationalId");
    }

    [Theory]
    [InlineData("٠١٧٠٨٥٠٠٠١٢٤")] // Arabic-Indic digits
    [InlineData("۰۱۷۰۸۵۰۰۰۱۲۴")] // Extended Arabic-Indic
    [InlineData("०१७०८५०००१२४")] // Devanagari
    public async Task A_national_id_in_other_digits_is_refused(string nationalId)
    {
        var result = await registry.CreatePersonRawAsync("Nông Thị Hoa", registry.Health, nationalId: nationalId);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "nationalId");
    }

    [Fact]
    public async Task A_phone_in_other_digits_is_refused_and_a_full_width_one_is_folded()
    {
        var id = await registry.CreatePersonAsync("Ma Văn Tuấn", registry.Health);
        var update = "mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id } }";

        var arabic = await registry.GraphQLAsync(update, new { id, input = new { version = 0, phone = "٠٩١٢٣٤٥٦٧٨" } }, registry.Administrator);
        (await registry.GraphQLAsync(update, new { id, input = new { version = 0, phone = "０９１２３４５６７８", staffCode = "ＧＶ－０１" } }, registry.Administrator)).Data("updateIntellectual");

        arabic.FirstError().Field.Should().Be("phone");
        var person = (await registry.GraphQLAsync(Read, new { id }, registry.Administrator)).Data("intellectual");
        person.Text("phone").Should().Be("0912345678");
        person.Text("staffCode").Should().Be("GV-01");
    }

    [Fact]
    public async Task A_staff_code_with_letters_outside_ascii_is_refused()
    {
        var id = await registry.CreatePersonAsync("Ma Thị Lan", registry.Health, gender: "FEMALE");

        var result = await registry.GraphQLAsync("mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id } }",
            new { id, input = new { version = 0, staffCode = "GV-١٢" } }, registry.Editor);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "staffCode");
    }

    [Fact]
    public async Task A_unit_code_in_full_width_letters_is_the_code_already_on_file()
    {
        var result = await registry.GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code = "ＳＹＴ", name = "Sở Y tế (lần hai)", kind = "DEPARTMENT", parentId = registry.Province, validFrom = "2020-01-01" } },
            registry.Administrator);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "code");
    }
}
