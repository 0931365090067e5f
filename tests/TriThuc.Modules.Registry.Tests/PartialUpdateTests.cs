using System.Text.Json;
using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Issue 20, item 1: an update changes only what it sends, and nobody changes what they may not read.</summary>
public sealed class PartialUpdateTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Update = "mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id jobTitle } }";
    private const string Read = "query($id: ID!) { intellectual(id: $id) { fullName jobTitle email nationalId phone dateOfBirth ethnicGroup { code } isPublicSector } }";

    [Fact]
    public async Task An_editor_without_the_personal_data_permission_changes_a_job_title_and_nothing_else()
    {
        var id = await CreateAsync("Vàng Seo Chứ", "003085000101", "0912345678");

        var result = await registry.GraphQLAsync(Update, new { id, input = new { version = 0, jobTitle = "Giáo viên" } }, registry.Editor);

        result.Data("updateIntellectual").Text("jobTitle").Should().Be("Giáo viên");
        var person = await ReadAsync(id);
        person.Text("nationalId").Should().Be("003085000101");
        person.Text("phone").Should().Be("0912345678");
        person.Text("dateOfBirth").Should().Be("1983-06-15");
        person.GetProperty("ethnicGroup").Text("code").Should().Be("08");
        person.Text("fullName").Should().Be("Vàng Seo Chứ");
        person.GetProperty("isPublicSector").GetBoolean().Should().BeTrue();
    }

    [Theory]
    [InlineData("nationalId", "003085000999", "003085000201")]
    [InlineData("phone", null, "003085000202")]
    [InlineData("dateOfBirth", "1984-01-01", "003085000203")]
    [InlineData("ethnicGroupCode", "01", "003085000204")]
    public async Task Changing_a_field_the_caller_may_not_read_is_forbidden_and_nothing_is_saved(string field, string? value, string nationalId)
    {
        var id = await CreateAsync("Thào Mí Dình", nationalId, "0987654321");

        var result = await registry.GraphQLAsync(Update, new { id, input = new Dictionary<string, object?> { ["version"] = 0, ["jobTitle"] = "Bác sĩ", [field] = value } }, registry.Editor);

        result.FirstError().Code.Should().Be("FORBIDDEN");
        result.FirstError().Field.Should().Be(field);
        var person = await ReadAsync(id);
        person.Text("nationalId").Should().Be(nationalId);
        person.Text("phone").Should().Be("0987654321");
        person.GetProperty("jobTitle").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_explicit_null_clears_an_optional_field_and_an_omitted_one_stays()
    {
        var id = await CreateAsync("Lù Thị Sáu", "003085000303", "0977000111");
        var personalData = registry.Host.Token(Roles.Editor, "Registry", Permissions.PersonalDataRead);
        await registry.GraphQLAsync(Update, new { id, input = new { version = 0, jobTitle = "Kỹ sư", email = "sau@tuyenquang.gov.vn" } }, registry.Editor);

        var result = await registry.GraphQLAsync(Update, new { id, input = new Dictionary<string, object?> { ["version"] = 1, ["phone"] = null, ["jobTitle"] = null } }, personalData);

        result.Data("updateIntellectual");
        var person = await ReadAsync(id);
        person.GetProperty("phone").ValueKind.Should().Be(JsonValueKind.Null);
        person.GetProperty("jobTitle").ValueKind.Should().Be(JsonValueKind.Null);
        person.Text("email").Should().Be("sau@tuyenquang.gov.vn");
        person.Text("nationalId").Should().Be("003085000303");
    }

    [Fact]
    public async Task A_required_field_sent_as_null_is_refused_naming_it()
    {
        var id = await CreateAsync("Chẩu Văn Lìn", null, null);

        var result = await registry.GraphQLAsync(Update, new { id, input = new Dictionary<string, object?> { ["version"] = 0, ["fullName"] = null } }, registry.Editor);

        result.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "fullName");
        (await ReadAsync(id)).Text("fullName").Should().Be("Chẩu Văn Lìn");
    }

    private async Task<Guid> CreateAsync(string fullName, string? nationalId, string? phone)
    {
        var result = await registry.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new
            {
                fullName, gender = "MALE", dateOfBirth = "1983-06-15", ethnicGroupCode = "08", nationalId, phone,
                unitId = registry.Health, fieldCode = "health", isPublicSector = true,
            },
        }, registry.Editor);
        return result.Data("createIntellectual").Id();
    }

    private async Task<JsonElement> ReadAsync(Guid id) =>
        (await registry.GraphQLAsync(Read, new { id }, registry.Administrator)).Data("intellectual");
}
