using System.Net;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class ResearchOutputImportTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private const string Header = "Tên công trình,Loại công trình,Năm,Tác giả,Nơi công bố,DOI,ISSN,Mã lĩnh vực,Từ khóa";

    private const string Journal = "Bài báo trên tạp chí có mã ISSN";

    [Fact]
    public async Task Every_bad_row_of_a_research_outputs_file_is_reported_with_its_column_and_nothing_is_saved()
    {
        var author = await province.CreatePersonAsync("Hoàng Văn Tú", province.UniversityBranch);
        var csv = string.Join('\n', Header,
            $"Thực vật vùng núi đá vôi,{Journal},2024,{author}*,Tạp chí Sinh học,10.1038/nphys1170,0317-8471,,",
            $"Thực vật vùng núi đá vôi 2,{Journal},2024,{author}*,Tạp chí Sinh học,10.12/abc,0317-8471,,",
            $"Thực vật vùng núi đá vôi 3,{Journal},2024,{author}*,Tạp chí Sinh học,,0317-8472,,",
            $"Thực vật vùng núi đá vôi 4,Book,2024,John Smith (0000-0002-1825-0098),,,,,",
            $"Thực vật vùng núi đá vôi 5,Book,2024,{author}*; John Smith*,,,,,",
            $"Thực vật vùng núi đá vôi 6,Book,2024,{Guid.NewGuid()}*,,,,,",
            $"Thực vật vùng núi đá vôi 7,Book,{UniversityHost.Today.Year + 1},{author},,,,,",
            $"Bản sao,{Journal},2024,{author}*,Tạp chí Sinh học,https://doi.org/10.1038/NPHYS1170,0317-8471,,");

        var (status, report) = await province.ImportAsync("research-outputs", csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .Should().BeEquivalentTo([(3, "DOI"), (4, "ISSN"), (5, "Tác giả"), (6, "Tác giả"), (7, "Tác giả"), (8, "Năm"), (9, "DOI")]);
        (await OutputsAsync("thuc vat vung nui da voi")).GetArrayLength().Should().Be(0, "a file is saved whole or not at all");
    }

    [Fact]
    public async Task A_research_outputs_file_imported_twice_adds_its_outputs_once_with_their_authors_in_order_and_a_dry_run_saves_nothing()
    {
        var lecturer = await province.CreatePersonAsync("Ngô Thị Lan", province.UniversityBranch);
        var csv = string.Join('\n', Header,
            $"Đa dạng sinh học rừng Hoàng Liên,IndexedArticle,2025,\"John Smith (https://orcid.org/0000-0002-1825-0097); {lecturer} *\",Biodiversity Journal,doi:10.5555/HL.2025,ISSN 03178471,biology,Đa dạng sinh học; Hoàng Liên",
            $"Mô hình trồng chè bền vững,\"Đề tài, nhiệm vụ cấp cơ sở đã nghiệm thu\",2024,{lecturer},,,,,");

        var (_, dry) = await province.ImportAsync("research-outputs", csv, dryRun: true);
        var afterDryRun = (await OutputsAsync("hoang lien")).GetArrayLength();
        var (_, once) = await province.ImportAsync("research-outputs", csv, dryRun: false);
        var (_, twice) = await province.ImportAsync("research-outputs", csv, dryRun: false);

        dry.GetProperty("created").GetInt32().Should().Be(2, dry.ToString());
        afterDryRun.Should().Be(0);
        once.GetProperty("created").GetInt32().Should().Be(2, once.ToString());
        twice.GetProperty("created").GetInt32().Should().Be(0, "the DOI, and the title of the same year, are on file already");
        var article = (await OutputsAsync("hoang lien"))[0];
        (article.Text("kind"), article.Text("doi"), article.Text("issn"), article.Text("fieldCode")).Should().Be(("INDEXED_ARTICLE", "10.5555/HL.2025", "0317-8471", "biology"));
        article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).Should().Equal("Đa dạng sinh học", "Hoàng Liên");
        article.GetProperty("authors").EnumerateArray()
            .Select(a => (a.GetProperty("position").GetInt32(), a.Text("externalName"), a.Text("orcid"), a.GetProperty("person").ValueKind == System.Text.Json.JsonValueKind.Null ? null : a.GetProperty("person").Text("id"), a.GetProperty("isCorresponding").GetBoolean()))
            .Should().Equal((1, "John Smith", "0000-0002-1825-0097", null, false), (2, null, null, lecturer.ToString(), true));
        var project = (await OutputsAsync("mo hinh trong che"))[0];
        project.GetProperty("authors")[0].GetProperty("isCorresponding").GetBoolean().Should().BeTrue("a single author is the corresponding author");
    }

    [Fact]
    public async Task Another_departments_editor_may_not_import_research_outputs()
    {
        var (status, _) = await province.ImportAsync("research-outputs", Header + "\nGiống lúa chịu hạn,Book,2024,Nguyễn Văn A,,,,,", dryRun: false, province.EditorOf("Health"));

        status.Should().Be(HttpStatusCode.Forbidden);
        (await OutputsAsync("giong lua chiu han")).GetArrayLength().Should().Be(0);
    }

    private async Task<System.Text.Json.JsonElement> OutputsAsync(string search) =>
        (await province.GraphQLAsync("""
            query($s: String) { universityResearchOutputs(filter: { search: $s }) { nodes { title kind doi issn fieldCode keywords
              authors { position externalName orcid isCorresponding person { id } } } } }
            """, new { s = search }, province.Editor)).Data("universityResearchOutputs").GetProperty("nodes");
}
