using System.Net;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class ImportTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private const string Header = "Đối tác,Quốc gia,Trong nước/nước ngoài,Loại văn bản,Phạm vi hợp tác,Ngày ký,Hiệu lực từ,Hiệu lực đến,Mã đơn vị phụ trách";

    [Fact]
    public async Task Every_bad_row_of_an_agreements_file_is_reported_with_its_column_and_nothing_is_saved()
    {
        var csv = string.Join('\n', Header,
            "Đại học Kyoto,Nhật Bản,Nước ngoài,Biên bản ghi nhớ (MOU),Trao đổi giảng viên,01/03/2025,,28/02/2030,PH-DHTN",
            "Đại học Huế,Nhật Bản,Trong nước,Biên bản ghi nhớ (MOU),Nghiên cứu chung,01/03/2025,,,PH-DHTN",
            "Đại học Osaka,Nhật Bản,Nước ngoài,Biên bản ghi nhớ (MOU),Trao đổi,01/03/2025,,,BVDK",
            "Đại học Tohoku,Nhật Bản,Nước ngoài,Biên bản ghi nhớ (MOU),Trao đổi,01/03/2025,,01/01/2025,PH-DHTN");

        var (status, report) = await ImportAsync(csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .Should().Equal((3, "Quốc gia"), (4, "Mã đơn vị phụ trách"), (5, "Hiệu lực đến"));
        (await CountAsync("kyoto")).Should().Be(0, "a file is saved whole or not at all");
    }

    [Fact]
    public async Task An_agreements_file_imported_twice_adds_its_agreements_once_and_a_dry_run_saves_nothing()
    {
        var csv = string.Join('\n', Header,
            "Đại học Khon Kaen,Thái Lan,Nước ngoài,MemorandumOfUnderstanding,Trao đổi sinh viên,10/01/2025,,,ph-dhtn",
            "Học viện Nông nghiệp Việt Nam,,Trong nước,\"Thỏa thuận hợp tác khung, toàn diện\",Chuyển giao giống cây trồng,15/02/2025,01/03/2025,,PH-DHTN");

        var (_, dry) = await ImportAsync(csv, dryRun: true);
        var afterDryRun = await CountAsync("khon kaen");
        var (_, first) = await ImportAsync(csv, dryRun: false);
        var (_, second) = await ImportAsync(csv, dryRun: false);

        dry.GetProperty("created").GetInt32().Should().Be(2, dry.ToString());
        afterDryRun.Should().Be(0);
        first.GetProperty("created").GetInt32().Should().Be(2);
        second.GetProperty("created").GetInt32().Should().Be(0, "the partners signed the same days are on file already");
        (await CountAsync("khon kaen")).Should().Be(1);
        var domestic = (await province.GraphQLAsync("{ universityCooperationAgreements(filter: { search: \"hoc vien nong nghiep\" }) { nodes { country validFrom type } } }", token: province.Editor))
            .Data("universityCooperationAgreements").GetProperty("nodes")[0];
        (domestic.Text("country"), domestic.Text("validFrom"), domestic.Text("type")).Should().Be(("Việt Nam", "2025-03-01", "FRAMEWORK_AGREEMENT"));
    }

    [Fact]
    public async Task Another_departments_editor_may_not_import_agreements()
    {
        var (status, _) = await ImportAsync(Header + "\nĐại học X,Lào,Nước ngoài,Biên bản ghi nhớ (MOU),Trao đổi,10/01/2025,,,PH-DHTN", dryRun: false, province.EditorOf("Health"));

        status.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<int> CountAsync(string search) =>
        (await province.GraphQLAsync("query($s: String) { universityCooperationAgreements(filter: { search: $s }) { totalCount } }", new { s = search }, province.Editor))
            .Data("universityCooperationAgreements").GetProperty("totalCount").GetInt32();

    private Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string csv, bool dryRun, string? token = null) =>
        province.ImportAsync("agreements", csv, dryRun, token);
}
