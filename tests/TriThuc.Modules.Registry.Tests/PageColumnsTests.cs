using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>A page of people reads the columns its fields need, not all of Intellectuals, and answers the same.</summary>
public sealed class PageColumnsTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task A_page_of_names_and_units_leaves_contact_details_and_identity_numbers_unread()
    {
        await PersonWithContactsAsync("Vàng Thị Cột", "GV-76");

        using var statements = SqlStatements.Watch(registry.Host);
        var page = (await registry.GraphQLAsync("""{ intellectuals(filter: { search: "vang thi cot" }) { nodes { fullName unit { name } } } }""",
            token: registry.Administrator)).Data("intellectuals");

        page.GetProperty("nodes")[0].Text("fullName").Should().Be("Vàng Thị Cột");
        var rows = statements.Statements.Single(s => s.Contains("ORDER BY", StringComparison.Ordinal) && s.Contains("\"Intellectuals\"", StringComparison.Ordinal));
        rows.Should().NotContainAny("\"Phone\"", "\"Email\"", "\"NationalId\"", "\"JobTitle\"", "\"StaffCode\"");
    }

    [Fact]
    public async Task Fields_asked_through_a_fragment_and_an_alias_are_read_and_answered()
    {
        var id = await PersonWithContactsAsync("Vàng Văn Kèo", "GV-77");

        var page = (await registry.GraphQLAsync("""
            query { intellectuals(filter: { search: "vang van keo" }) { nodes { id ...Contact } } }
            fragment Contact on Intellectual { mobile: phone email staffCode }
            """, token: registry.Administrator)).Data("intellectuals");

        var person = page.GetProperty("nodes")[0];
        person.GetProperty("id").GetGuid().Should().Be(id);
        person.Text("mobile").Should().Be("0912000111");
        person.Text("email").Should().Be("keo@tuyenquang.gov.vn");
        person.Text("staffCode").Should().Be("GV-77");
    }

    private async Task<Guid> PersonWithContactsAsync(string name, string staffCode)
    {
        var id = await registry.CreatePersonAsync(name, registry.School);
        (await registry.GraphQLAsync("mutation($id: ID!, $input: IntellectualUpdateInput!) { updateIntellectual(id: $id, input: $input) { id } }",
            new { id, input = new { version = 0, phone = "0912000111", email = "keo@tuyenquang.gov.vn", staffCode } }, registry.Administrator))
            .Data("updateIntellectual");
        return id;
    }
}
