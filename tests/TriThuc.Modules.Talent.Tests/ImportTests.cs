using System.Net;
using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>Applications and remote-area payments from files: every bad row named with its column, all or nothing, and a dry run.</summary>
public sealed class ImportTests(TalentHost province) : IClassFixture<TalentHost>
{
    private const string CaseHeader = "Mã chính sách,Họ và tên,Ngày sinh,Trình độ,Mã lĩnh vực,Mã đơn vị,Ngày nộp";
    private const string PaymentHeader = "Mã trí thức,Số quyết định công tác,Tháng chi,Khoản hỗ trợ";
    private const string Monthly = "Phụ cấp thu hút (hằng tháng)";

    [Fact]
    public async Task Every_bad_row_of_an_applications_file_is_reported_with_its_column_and_nothing_is_saved()
    {
        var (policy, code) = await PolicyAsync();
        var csv = string.Join('\n', CaseHeader,
            $"{code},Vàng Thị Mỷ,01/05/1995,Thạc sĩ,health,BVDK,01/03/2025",
            $"KHONG-CO,Lò Văn Pấu,01/05/1995,Thạc sĩ,health,BVDK,01/03/2025",
            $"{code},Lò Văn Pấu,01/05/1995,Thạc sĩ,health,KHONG-CO,01/03/2025",
            $"{code},Lò Văn Pấu,01/05/1995,Thạc sỹ học,health,BVDK,01/03/2025",
            $"{code},Lò Văn Pấu,01/05/2026,Thạc sĩ,health,BVDK,01/03/2025",
            $"{code},Lò Văn Pấu,01/05/1995,Thạc sĩ,health,BVDK,01/03/2099");

        var (status, report) = await province.ImportAsync("attraction-cases", csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problems = report.GetProperty("problems").EnumerateArray().ToList();
        problems.Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())).Should()
            .Equal((3, "Mã chính sách"), (4, "Mã đơn vị"), (5, "Trình độ"), (6, "Ngày sinh"), (7, "Ngày nộp"));
        problems[0].GetProperty("reason").GetString().Should().Contain("Không có chính sách");
        (await CasesOfAsync(policy)).Should().BeEmpty("a file is saved whole or not at all");
    }

    [Fact]
    public async Task An_applications_file_is_judged_by_the_version_of_its_day_imported_once_and_a_dry_run_saves_nothing()
    {
        var (policy, code) = await PolicyAsync();
        var csv = string.Join('\n', CaseHeader,
            $"{code},Vàng Thị Mỷ,01/05/1995,Thạc sĩ,health,BVDK,01/03/2025",
            $"{code.ToLowerInvariant()},Hoàng Văn Páo,12/11/1990,Tiến sĩ,education,bvdk,15/04/2025");

        var (_, dry) = await province.ImportAsync("attraction-cases", csv, dryRun: true);
        var afterDryRun = await CasesOfAsync(policy);
        var (_, first) = await province.ImportAsync("attraction-cases", csv, dryRun: false);
        var (_, second) = await province.ImportAsync("attraction-cases", csv, dryRun: false);

        dry.GetProperty("created").GetInt32().Should().Be(2, dry.ToString());
        afterDryRun.Should().BeEmpty();
        first.GetProperty("created").GetInt32().Should().Be(2, first.ToString());
        second.GetProperty("created").GetInt32().Should().Be(0, "the applications are on file already");
        var cases = await CasesOfAsync(policy);
        cases.Select(c => (c.Text("applicantName"), c.Text("status"), c.Text("degree"))).Should()
            .BeEquivalentTo([("Vàng Thị Mỷ", "APPLIED", "MASTER"), ("Hoàng Văn Páo", "APPLIED", "DOCTOR")]);
        cases.Should().OnlyContain(c => c.Text("versionId") != null, "the policy was in force on both application days");
    }

    [Fact]
    public async Task Every_bad_row_of_a_payments_file_is_reported_and_nothing_is_paid_twice()
    {
        var person = await province.CreatePersonAsync("Sùng Mí Lử", province.Commune);
        var decision = await PostAsync(person, "2025-09-15");
        var csv = string.Join('\n', PaymentHeader,
            $"{person},{decision},01/10/2025,{Monthly}",
            $"{person},{decision},20/10/2025,{Monthly}",
            $"{person},{decision},01/02/2026,{Monthly}",
            $"{Guid.NewGuid()},{decision},01/11/2025,{Monthly}",
            $"{person},99/QĐ-KHONG,01/11/2025,{Monthly}",
            $"{person},{decision},tháng mười,{Monthly}");

        var (status, report) = await province.ImportAsync("remote-payments", csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problems = report.GetProperty("problems").EnumerateArray().ToList();
        problems.Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())).Should()
            .Equal((3, "Tháng chi"), (4, "Tháng chi"), (5, "Mã trí thức"), (6, "Số quyết định công tác"), (7, "Tháng chi"));
        problems[0].GetProperty("reason").GetString().Should().Contain("không chi hai lần", "the same month appears twice in the file");
        (await PaidMonthsAsync(person)).Should().BeEmpty("a file is saved whole or not at all");
    }

    [Fact]
    public async Task A_payments_file_records_months_once_and_a_dry_run_pays_nothing()
    {
        var person = await province.CreatePersonAsync("Giàng Thị Sua", province.Commune, gender: "FEMALE");
        var decision = await PostAsync(person, "2025-09-01");
        var csv = string.Join('\n', PaymentHeader,
            $"{person},{decision},01/09/2025,{Monthly}",
            $"{person},{decision},01/10/2025,{Monthly}",
            $"{person},{decision},01/09/2025,Trợ cấp lần đầu khi nhận công tác (một lần)");

        var (_, dry) = await province.ImportAsync("remote-payments", csv, dryRun: true);
        var afterDryRun = await PaidMonthsAsync(person);
        var (status, first) = await province.ImportAsync("remote-payments", csv, dryRun: false);
        var (again, _) = await province.ImportAsync("remote-payments", csv, dryRun: false);

        dry.GetProperty("created").GetInt32().Should().Be(3, dry.ToString());
        afterDryRun.Should().BeEmpty();
        status.Should().Be(HttpStatusCode.OK, first.ToString());
        first.GetProperty("created").GetInt32().Should().Be(3);
        again.Should().Be(HttpStatusCode.UnprocessableEntity, "every month of the file is paid already");
        (await PaidMonthsAsync(person)).Should().Equal("2025-09-01", "2025-10-01");
    }

    [Fact]
    public async Task A_payments_file_refuses_at_its_row_a_payment_to_a_person_whose_processing_is_restricted()
    {
        var person = await province.CreatePersonAsync("Thào Thị Hạn", province.Commune, gender: "FEMALE");
        var decision = await PostAsync(person, "2025-09-01");
        await province.RestrictProcessingAsync(person);
        var csv = string.Join('\n', PaymentHeader, $"{person},{decision},01/09/2025,{Monthly}");

        var (_, dry) = await province.ImportAsync("remote-payments", csv, dryRun: true);

        dry.ProblemPlaces().Should().Equal((2, "Mã trí thức"));
        dry.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
    }

    [Fact]
    public async Task Another_departments_editor_may_not_import_payments()
    {
        var (status, _) = await province.ImportAsync("remote-payments", PaymentHeader + $"\n{province.People[0]},1/QĐ,01/10/2025,{Monthly}", dryRun: false, province.EditorOf("Health"));

        status.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<(Guid Id, string Code)> PolicyAsync()
    {
        var created = (await province.CreatePolicyAsync(TalentHost.Version())).Data("createTalentAttractionPolicy");
        return (created.Id(), created.Text("code")!);
    }

    private async Task<List<JsonElement>> CasesOfAsync(Guid policy) =>
        (await province.GraphQLAsync("query($p: ID) { talentAttractionCases(filter: { policyId: $p }) { nodes { applicantName status degree versionId } } }",
            new { p = policy }, province.Editor)).Data("talentAttractionCases").GetProperty("nodes").EnumerateArray().ToList();

    private async Task<string> PostAsync(Guid person, string startsOn)
    {
        var decision = province.NextCode("QĐ");
        (await province.GraphQLAsync("mutation($input: TalentRemotePostingInput!) { recordTalentRemotePosting(input: $input) { id } }",
            new { input = new { personId = person, unitId = province.Commune, decision, startsOn } }, province.Editor)).Data("recordTalentRemotePosting");
        return decision;
    }

    /// <summary>Through the person's record (<c>Intellectual.talentRemoteEntitlements</c>), as a page of people reads it.</summary>
    private async Task<List<string?>> PaidMonthsAsync(Guid person) =>
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { talentRemoteEntitlements { paidMonths } } }", new { id = person }, province.Editor))
            .Data("intellectual").GetProperty("talentRemoteEntitlements").EnumerateArray()
            .SelectMany(e => e.GetProperty("paidMonths").EnumerateArray().Select(m => m.GetString())).Order().ToList();
}
