using System.Net;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class EnrolmentImportTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private const string Header = "Tên khóa học,Ngày khai giảng,Mã trí thức,Ngày ghi danh,Số tiết tham dự,Kết quả,Số chứng chỉ";

    private static readonly DateOnly Ended = UniversityHost.Today.AddDays(-20), Started = Ended.AddDays(-10);

    private static string D(DateOnly day) => day.ToString("dd/MM/yyyy");

    [Fact]
    public async Task Every_bad_row_of_an_enrolments_file_is_reported_with_its_column_and_nothing_is_saved()
    {
        await province.OfferCourseAsync("Tiếng Anh giao tiếp A2", "FOREIGN_LANGUAGE", Started, Ended);
        var first = await province.CreatePersonAsync("Lê Thị Hạnh", province.HealthDepartment);
        var second = await province.CreatePersonAsync("Trần Văn Bình", province.HealthDepartment);
        var csv = string.Join('\n', Header,
            $"Tiếng Anh giao tiếp A2,{D(Started)},{first},{D(Started.AddDays(-2))},36,Đạt,CC-01",
            $"Tiếng Anh giao tiếp B1,{D(Started)},{second},{D(Started)},,,",
            $"tieng anh giao tiep a2,{D(Started)},khong-phai-ma,{D(Started)},,,",
            $"Tiếng Anh giao tiếp A2,{D(Started)},{second},{D(Started)},10,Đạt,",
            $"Tiếng Anh giao tiếp A2,{D(Started)},{first},{D(Started)},,,",
            $"Tiếng Anh giao tiếp A2,{D(Started)},{second},{D(Ended.AddDays(1))},,,");

        var (status, report) = await province.ImportAsync("enrolments", csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .Should().Equal((3, "Tên khóa học"), (4, "Mã trí thức"), (5, "Số tiết tham dự"), (6, "Mã trí thức"), (7, "Ngày ghi danh"));
        (await ResultsAsync("tieng anh giao tiep a2")).Should().BeEmpty("a file is saved whole or not at all");
        (await province.TrainingKindsAsync(first)).Should().BeEmpty("nothing was saved, so nothing was reported");
    }

    [Fact]
    public async Task An_enrolments_file_imported_twice_enrols_once_a_dry_run_saves_nothing_and_a_pass_is_reported_to_the_Registry_once()
    {
        await province.OfferCourseAsync("Kỹ năng hội nhập quốc tế", "INTERNATIONAL_ENVIRONMENT", Started, Ended);
        var passed = await province.CreatePersonAsync("Nguyễn Thu Trang", province.HealthDepartment);
        var enrolled = await province.CreatePersonAsync("Phạm Quốc Huy", province.HealthDepartment);
        var failed = await province.CreatePersonAsync("Đỗ Minh Khoa", province.HealthDepartment);
        var csv = string.Join('\n', Header,
            $"Kỹ năng hội nhập quốc tế,{D(Started)},{passed},{D(Started.AddDays(-3))},36,Đạt,CC-HN-01",
            $"KY NANG HOI NHAP QUOC TE,{D(Started)},{enrolled},{D(Started.AddDays(-3))},,,",
            $"Kỹ năng hội nhập quốc tế,{D(Started)},{failed},{D(Started.AddDays(-3))},10,Không đạt,");

        var (_, dry) = await province.ImportAsync("enrolments", csv, dryRun: true);
        var afterDryRun = await ResultsAsync("ky nang hoi nhap quoc te");
        var (_, once) = await province.ImportAsync("enrolments", csv, dryRun: false);
        var (_, twice) = await province.ImportAsync("enrolments", csv, dryRun: false);

        dry.GetProperty("created").GetInt32().Should().Be(3, dry.ToString());
        afterDryRun.Should().BeEmpty();
        once.GetProperty("created").GetInt32().Should().Be(3, once.ToString());
        twice.GetProperty("created").GetInt32().Should().Be(0, "the learners are on the course already");
        (await ResultsAsync("ky nang hoi nhap quoc te")).Should().BeEquivalentTo(["PASSED", "ENROLLED", "FAILED"]);
        (await Eventually.ValueAsync(() => province.TrainingKindsAsync(passed), kinds => kinds.Count > 0)).Should().Equal("INTERNATIONAL_ENVIRONMENT");
        await Eventually.ValueAsync(async () => (await province.Host.OutboxTypesAsync("University", pendingOnly: true)).Count, pending => pending == 0);
        (await province.TrainingKindsAsync(passed)).Should().HaveCount(1, "the pass is reported once, however often the file is imported");
        (await province.TrainingKindsAsync(enrolled)).Should().BeEmpty();
        (await province.TrainingKindsAsync(failed)).Should().BeEmpty();
    }

    [Fact]
    public async Task Another_departments_editor_may_not_import_enrolments()
    {
        await province.OfferCourseAsync("Quản lý dự án", "MANAGEMENT", Started, Ended);
        var person = await province.CreatePersonAsync("Vương Văn Sơn", province.HealthDepartment);

        var (status, _) = await province.ImportAsync("enrolments", Header + $"\nQuản lý dự án,{D(Started)},{person},{D(Started)},,,", dryRun: false, province.EditorOf("Health"));

        status.Should().Be(HttpStatusCode.Forbidden);
        (await ResultsAsync("quan ly du an")).Should().BeEmpty();
    }

    private async Task<List<string?>> ResultsAsync(string search) =>
        (await province.GraphQLAsync("query($s: String) { universityCourses(filter: { search: $s }) { nodes { enrolments { result } } } }", new { s = search }, province.Editor))
            .Data("universityCourses").GetProperty("nodes").EnumerateArray().SelectMany(c => c.GetProperty("enrolments").EnumerateArray()).Select(e => e.Text("result")).ToList();
}
