using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class ResearchOutputTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private const string Record = "mutation($input: UniversityResearchOutputInput!) { recordUniversityResearchOutput(input: $input) { id doi issn keywords authors { position person { fullName } externalName orcid isCorresponding } } }";

    [Fact]
    public async Task An_article_keeps_its_authors_in_order_with_checked_identifiers_and_shows_on_each_intellectual()
    {
        var lecturer = province.People[5];
        var colleague = province.People[4];

        var recorded = (await RecordAsync(Article("Đa dạng sinh học cao nguyên đá Đồng Văn", "https://doi.org/10.1038/nphys1170", "03178471",
            new { externalName = "John Smith", orcid = "https://orcid.org/0000-0002-1825-0097" },
            new { personId = lecturer, isCorresponding = true },
            new { personId = colleague }), province.Editor)).Data("recordUniversityResearchOutput");

        recorded.Text("doi").Should().Be("10.1038/nphys1170");
        recorded.Text("issn").Should().Be("0317-8471");
        var authors = recorded.GetProperty("authors").EnumerateArray().ToList();
        authors.Select(a => a.GetProperty("position").GetInt32()).Should().Equal(1, 2, 3);
        authors[0].Text("externalName").Should().Be("John Smith");
        authors[0].Text("orcid").Should().Be("0000-0002-1825-0097");
        authors[1].GetProperty("person").Text("fullName").Should().Be("Hoàng Thị Lan");
        authors[1].GetProperty("isCorresponding").GetBoolean().Should().BeTrue();
        var onPeople = (await province.GraphQLAsync("query($a: ID!, $b: ID!) { a: intellectual(id: $a) { universityResearchOutputs { title } } b: intellectual(id: $b) { universityResearchOutputs { title } } }",
            new { a = lecturer, b = colleague }, province.RegistryEditor)).GetProperty("data");
        foreach (var person in new[] { "a", "b" })
        {
            onPeople.GetProperty(person).GetProperty("universityResearchOutputs").EnumerateArray().Select(o => o.Text("title"))
                .Should().Contain("Đa dạng sinh học cao nguyên đá Đồng Văn");
        }
        var found = (await province.GraphQLAsync("{ universityResearchOutputs(filter: { search: \"dong van\" }) { totalCount } }", token: province.RegistryEditor))
            .Data("universityResearchOutputs");
        found.GetProperty("totalCount").GetInt32().Should().Be(1, "search ignores diacritics");
    }

    [Theory]
    [InlineData("10.1038/x1", "0317-8472", "0000-0002-1825-0097", "issn")]
    [InlineData("10.1038/x2", "0317-8471", "0000-0002-1825-0098", "authors")]
    [InlineData("10.10/x3", "0317-8471", null, "doi")]
    public async Task A_wrong_check_digit_or_shape_is_refused_on_its_field_and_nothing_is_saved(string doi, string issn, string? orcid, string field)
    {
        var refused = await RecordAsync(Article("Bài có mã sai " + field, doi, issn, new { personId = province.People[5], orcid, isCorresponding = true }), province.Editor);

        refused.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == field);
        (await province.GraphQLAsync("{ universityResearchOutputs(filter: { search: \"bai co ma sai\" }) { totalCount } }", token: province.Editor))
            .Data("universityResearchOutputs").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Authors_need_exactly_one_corresponding_author_and_each_is_a_person_or_a_name()
    {
        var none = await RecordAsync(Article("Không có tác giả liên hệ", null, "0317-8471", new { personId = province.People[5] }), province.Editor);
        var both = await RecordAsync(Article("Tác giả mập mờ", null, "0317-8471", new { personId = province.People[5], externalName = "Ai đó", isCorresponding = true }), province.Editor);
        var unknown = await RecordAsync(Article("Tác giả lạ", null, "0317-8471", new { personId = Guid.NewGuid(), isCorresponding = true }), province.Editor);

        none.FirstError().Field.Should().Be("authors");
        both.FirstError().Field.Should().Be("authors");
        unknown.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "authors");
    }

    [Fact]
    public async Task A_DOI_is_recorded_once_and_another_departments_editor_may_not_record()
    {
        var first = await RecordAsync(Article("Chè Shan tuyết Hà Giang", "10.5555/che.2025", "2049-3630", new { personId = province.People[5], isCorresponding = true }), province.Editor);
        var again = await RecordAsync(Article("Chè Shan tuyết (bản khác)", "doi:10.5555/CHE.2025", "2049-3630", new { personId = province.People[5], isCorresponding = true }), province.Editor);
        var health = await RecordAsync(Article("Bài của sở khác", null, "2049-3630", new { personId = province.People[0], isCorresponding = true }), province.EditorOf("Health"));

        first.Data("recordUniversityResearchOutput");
        again.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "CONFLICT" && e.Field == "doi");
        health.FirstError().Code.Should().Be("FORBIDDEN");
    }

    private static object Article(string title, string? doi, string issn, params object[] authors) =>
        new { title, kind = "JOURNAL_ARTICLE", year = 2025, venue = "Tạp chí Khoa học", doi, issn, fieldCode = "education", keywords = new[] { "Đa dạng sinh học", "Hà Giang" }, authors };

    private Task<JsonElement> RecordAsync(object input, string token) => province.GraphQLAsync(Record, new { input }, token);
}
