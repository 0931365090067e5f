using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using TriThuc.Testing;

namespace TriThuc.Modules.Health.Tests;

public sealed class ImportExportTests(HealthHost province) : IClassFixture<HealthHost>
{
    private static DateOnly Today => HealthHost.Today;

    [Fact]
    public async Task Every_bad_row_of_a_licence_file_is_reported_with_its_row_column_and_reason_and_nothing_is_saved()
    {
        var csv = string.Join('\n', HealthHost.LicenceHeader,
            $"{province.People[0]},NK-001/TQ,Bác sĩ,Nội khoa,Sở Y tế Tuyên Quang,01/03/2024",
            $"{Guid.NewGuid()},NK-002/TQ,Bác sĩ,Nội khoa,Sở Y tế Tuyên Quang,01/03/2024",
            $"{province.People[1]},NK-003/TQ,Phù thủy,Nội khoa,Sở Y tế Tuyên Quang,01/03/2024",
            $"{province.People[2]},NK-004/TQ,Điều dưỡng,Chăm sóc,Sở Y tế Tuyên Quang,31/02/2024",
            $"{province.People[0]},NK-005/TQ,bac si,Ngoại khoa,Sở Y tế Tuyên Quang,01/04/2024");

        var (status, report) = await province.ImportAsync("licences", csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .Should().Equal((3, "Mã trí thức"), (4, "Chức danh"), (5, "Ngày cấp"), (6, "Chức danh"));
        report.GetProperty("problems")[3].GetProperty("reason").GetString().Should().Contain("còn hiệu lực", "the same holder may not hold two doctor's licences in force");
        (await province.LicenceCountAsync("NK-001/TQ")).Should().Be(0, "a file is saved whole or not at all");
    }

    [Fact]
    public async Task A_licence_file_imported_twice_adds_its_licences_once_and_a_dry_run_saves_nothing()
    {
        var holder = await province.CreatePersonAsync("Lường Văn Chiến", province.Hospital, field: "health");
        var csv = string.Join('\n', HealthHost.LicenceHeader, $"{holder},HS-123/TQ,Hộ sinh,Hộ sinh,Sở Y tế Tuyên Quang,15/05/2023");

        var (_, dry) = await province.ImportAsync("licences", csv, dryRun: true);
        var afterDryRun = await province.LicenceCountAsync("HS-123/TQ");
        var (_, first) = await province.ImportAsync("licences", csv, dryRun: false);
        var (_, second) = await province.ImportAsync("licences", csv, dryRun: false);

        dry.GetProperty("created").GetInt32().Should().Be(1);
        afterDryRun.Should().Be(0);
        first.GetProperty("applied").GetBoolean().Should().BeTrue();
        first.GetProperty("created").GetInt32().Should().Be(1);
        second.GetProperty("created").GetInt32().Should().Be(0, "the licence number is on file already");
        (await province.LicenceCountAsync("HS-123/TQ")).Should().Be(1);
    }

    [Fact]
    public async Task Continuing_education_imported_twice_reaches_the_registry_once()
    {
        var person = await province.CreatePersonAsync("Quàng Thị Xuân", province.HealthStation, field: "health");
        var csv = string.Join('\n', HealthHost.CmeHeader,
            $"{person},Sơ cứu ban đầu,Trung tâm Y tế khu vực,\"Khóa đào tạo, bồi dưỡng ngắn hạn\",{Today.AddDays(-20):dd/MM/yyyy},{Today.AddDays(-15):dd/MM/yyyy},16,SCBD-2026-9");

        (await province.ImportAsync("cme-activities", csv, dryRun: false)).Report.GetProperty("created").GetInt32().Should().Be(1);
        (await province.ImportAsync("cme-activities", csv, dryRun: false)).Report.GetProperty("created").GetInt32().Should().Be(0);

        await Eventually.ValueAsync(() => province.KnowledgeUpdatesAsync(person), titles => titles.Count > 0);
        await Eventually.ValueAsync(async () => (await province.Host.OutboxTypesAsync("Health", pendingOnly: true)).Count, pending => pending == 0);
        (await province.KnowledgeUpdatesAsync(person)).Should().Equal("Sơ cứu ban đầu");
    }

    [Fact]
    public async Task Only_health_editors_import()
    {
        var (status, _) = await province.ImportAsync("licences", HealthHost.LicenceHeader, dryRun: true, province.RegistryEditor);

        status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Licences_expiring_soon_are_exported_as_a_workbook_for_the_department()
    {
        var holder = await province.CreatePersonAsync("Tòng Văn Pọm", province.Hospital, field: "health");
        var number = (await province.IssueRawAsync(holder, province.NextCode("XLSX"), "DOCTOR", Today.AddYears(-5).AddDays(30))).Data("issueHealthLicence").Text("number");

        using var response = await GetAsync($"/api/health/licences/expiring.xlsx?withinDays=60&facilityId={province.HospitalFacility}", province.RegistryEditor);
        using var viewer = await GetAsync("/api/health/licences/expiring.xlsx", province.Viewer);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var texts = string.Concat(workbook.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        texts.Should().Contain("Số giấy phép").And.Contain(number).And.Contain("Tòng Văn Pọm");
        viewer.StatusCode.Should().Be(HttpStatusCode.Forbidden, "leaders read aggregates, not people");
    }

    [Fact]
    public async Task A_malformed_day_in_an_export_link_is_refused_not_replaced_by_today()
    {
        using var response = await GetAsync("/api/health/licences/expiring.csv?on=31/12/2026", province.RegistryEditor);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"field\":\"on\"").And.Contain("31/12/2026").And.Contain("2026-12-31");
    }

    private Task<HttpResponseMessage> GetAsync(string url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return province.Host.Client.SendAsync(request);
    }
}
