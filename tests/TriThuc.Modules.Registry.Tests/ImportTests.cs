using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TriThuc.Testing;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Modules.Registry.Tests;

public sealed class ImportTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task A_good_file_is_imported_and_importing_it_again_changes_nothing()
    {
        var csv = Csv(
            "Ma Thị Hiền,Nữ,12/03/1990,Tày,002190000001,GV-001,0912345678,,THPT-DV,Giáo viên,Giáo dục,Có,Có",
            "Vàng Seo Dình,Nam,1987-07-20,Mông,,GV-002,,,THPT-DV,Giáo viên,education,có,x");

        var first = await ImportAsync(csv, dryRun: false);
        var again = await ImportAsync(csv, dryRun: false);

        first.Status.Should().Be(HttpStatusCode.OK);
        first.Report.GetProperty("created").GetInt32().Should().Be(2);
        again.Report.GetProperty("created").GetInt32().Should().Be(0);
        again.Report.GetProperty("updated").GetInt32().Should().Be(2);
        (await CountAsync("ma thi hien")).Should().Be(1);
        (await CountAsync("vang seo dinh")).Should().Be(1);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_number_column_and_reason_and_nothing_is_saved()
    {
        var csv = Csv(
            "Lò Thị Ngọc,Nữ,01/01/1991,Thái,,GV-101,,,THPT-DV,Giáo viên,Giáo dục,Có,Có",
            "Lò Văn Sáu,Không rõ,01/01/1992,Thái,,GV-102,,,THPT-DV,Giáo viên,Giáo dục,Có,Có",
            "Lò Văn Bảy,Nam,32/13/1992,Thái,,GV-103,,,THPT-DV,Giáo viên,Giáo dục,Có,Có",
            "Lò Văn Tám,Nam,01/01/1990,Thái,12345,GV-104,,,THPT-DV,Giáo viên,Giáo dục,Có,Có",
            "Lò Văn Chín,Nam,01/01/1990,Thái,,GV-105,,,KHONG-CO,Giáo viên,Giáo dục,Có,Có");

        var (status, report) = await ImportAsync(csv, dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("applied").GetBoolean().Should().BeFalse();
        report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .Should().Equal((3, "Giới tính"), (4, "Ngày sinh"), (5, "Số định danh"), (6, "Mã đơn vị"));
        (await CountAsync("lo thi ngoc")).Should().Be(0, "a file is saved whole or not at all");
    }

    [Fact]
    public async Task A_row_that_is_probably_a_person_already_on_file_is_imported_with_a_warning()
    {
        await registry.CreatePersonAsync("Quan Văn Hòa", registry.Health, dateOfBirth: "1984-08-08");

        var (status, report) = await ImportAsync(Csv("QUAN VĂN HÒA,Nam,08/08/1984,Kinh,,BS-777,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"), dryRun: false);

        status.Should().Be(HttpStatusCode.OK);
        var warning = report.GetProperty("warnings").EnumerateArray().Should().ContainSingle().Which;
        warning.GetProperty("row").GetInt32().Should().Be(2);
        warning.GetProperty("reason").GetString().Should().Contain("Quan Văn Hòa").And.NotContain("1984", "the warning must not disclose a birth date");
    }

    [Fact]
    public async Task Two_rows_that_are_probably_one_person_are_each_warned_of_the_other_even_a_chunk_apart_and_not_of_a_record_on_file()
    {
        var rows = Enumerable.Range(1, 1_200).Select(i => $"Sầm Văn Mục{i},Nam,{new DateOnly(1950, 1, 1).AddDays(i * 11):dd/MM/yyyy},Tày,,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có").ToList();
        rows[2] = "Nông Thị Hằng Nga,Nữ,17/04/1986,Tày,,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"; // row 4, in the first thousand
        rows[1_149] = "NÔNG THỊ HẰNG NGA,Nữ,17/04/1986,Tày,,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"; // row 1,151, in the second

        var (status, report) = await ImportAsync(Csv([.. rows]), dryRun: false);

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("created").GetInt32().Should().Be(1_200);
        report.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("row").GetInt32(), w.GetProperty("reason").GetString()))
            .Should().BeEquivalentTo(new[]
            {
                (4, "Có thể trùng với người ở dòng 1151 của tệp: NÔNG THỊ HẰNG NGA; hãy kiểm tra và gộp nếu cần."),
                (1_151, "Có thể trùng với người ở dòng 4 của tệp: Nông Thị Hằng Nga; hãy kiểm tra và gộp nếu cần."),
            }, "the earlier row is a row of this file, not a record already on file");
    }

    [Fact]
    public async Task Reimporting_a_person_keeps_what_the_file_does_not_say_and_semicolon_files_are_read_too()
    {
        var id = (await ImportAsync(Csv("Tòng Văn Khiêm,Nam,03/03/1983,Thái,003083000111,GV-601,0987654321,khiem@tq.gov.vn,THPT-DV,Giáo viên,Giáo dục,Có,Có"), dryRun: false)).Status;
        id.Should().Be(HttpStatusCode.OK);
        var semicolons = "Họ và tên;Giới tính;Ngày sinh;Dân tộc;Số định danh;Mã đơn vị;Lĩnh vực\r\nTòng Văn Khiêm;Nam;03/03/1983;Thái;03083000111;THPT-DV;Giáo dục\r\n";

        var (status, report) = await ImportAsync(semicolons, dryRun: false);

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("updated").GetInt32().Should().Be(1, "the national ID lost its leading zeros in Excel and was restored");
        var person = (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"tong van khiem\" }) { edges { node { staffCode email } } } }", token: registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("edges")[0].GetProperty("node");
        person.GetProperty("staffCode").GetString().Should().Be("GV-601");
        person.GetProperty("email").GetString().Should().Be("khiem@tq.gov.vn");
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_saves_nothing()
    {
        var (status, report) = await ImportAsync(Csv("Hầu Thị Mỷ,Nữ,05/05/1995,Mông,,GV-201,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"), dryRun: true);

        status.Should().Be(HttpStatusCode.OK);
        report.GetProperty("created").GetInt32().Should().Be(1);
        report.GetProperty("applied").GetBoolean().Should().BeFalse();
        (await CountAsync("hau thi my")).Should().Be(0);
    }

    [Fact]
    public async Task An_excel_workbook_imports_like_a_csv_file()
    {
        var row = new Dictionary<string, object?>
        {
            ["Họ và tên"] = "Sèn Thị Lìn", ["Giới tính"] = "Nữ", ["Ngày sinh"] = new DateTime(1993, 4, 4), ["Dân tộc"] = "Phù Lá",
            ["Mã cán bộ"] = "GV-401", ["Mã đơn vị"] = "THPT-DV", ["Lĩnh vực"] = "Giáo dục", ["Khu vực công"] = "Có", ["Vùng sâu, vùng xa"] = "Có",
        };
        using var workbook = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(workbook, new[] { row });

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/import/intellectuals?fileName=danh-sach.xlsx")
        {
            Content = new ByteArrayContent(workbook.ToArray()),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registry.Editor);
        using var response = await registry.Host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await CountAsync("sen thi lin")).Should().Be(1);
    }

    [Fact]
    public async Task A_damaged_workbook_is_refused_with_a_clear_error_and_nothing_is_saved()
    {
        using var workbook = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(workbook, new[] { new Dictionary<string, object?> { ["Họ và tên"] = "Vàng Thị Mỷ" } });
        var cutOff = workbook.ToArray()[..(int)(workbook.Length / 2)]; // a download that stopped half way

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/import/intellectuals?fileName=danh-sach.xlsx")
        {
            Content = new ByteArrayContent(cutOff),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registry.Editor);
        using var response = await registry.Host.Client.SendAsync(request);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, error.ToString());
        error.ToString().Should().Contain("VALIDATION").And.Contain("Tệp .xlsx bị hỏng");
        (await CountAsync("vang thi my")).Should().Be(0);
    }

    [Fact]
    public async Task Trainings_import_onto_people_found_by_staff_code_and_a_second_import_adds_nothing()
    {
        await ImportAsync(Csv("Mùa Thị Sò,Nữ,02/02/1994,Mông,,GV-501,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"), dryRun: false);
        const string trainings = "Mã cán bộ,Loại,Tên khóa,Cơ sở bồi dưỡng,Từ ngày,Đến ngày,Số giờ\r\n" +
            "GV-501,Cập nhật kiến thức,Đổi mới phương pháp dạy học,Sở Giáo dục và Đào tạo,03/08/2025,07/08/2025,32\r\n";

        var first = await ImportAsync(trainings, dryRun: false, kind: "trainings");
        var again = await ImportAsync(trainings, dryRun: false, kind: "trainings");
        var unknown = await ImportAsync(trainings.Replace("GV-501", "GV-999"), dryRun: false, kind: "trainings");

        first.Report.GetProperty("created").GetInt32().Should().Be(1);
        again.Report.GetProperty("created").GetInt32().Should().Be(0);
        again.Status.Should().Be(HttpStatusCode.OK);
        unknown.Report.GetProperty("problems")[0].GetProperty("column").GetString().Should().Be("Mã cán bộ");
        (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"mua thi so\", trainedInYear: 2025 }) { totalCount } }", token: registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("qualifications", "Trình độ=Thạc sĩ|Ngành=Quản lý giáo dục|Lĩnh vực=Giáo dục|Cơ sở đào tạo=Đại học Thái Nguyên|Nước=Việt Nam|Năm=2019")]
    [InlineData("positions", "Chức vụ=Phó Hiệu trưởng|Cấp=Đơn vị|Mã đơn vị=THPT-DV|Từ ngày=01/09/2022|Đến ngày=|Trình độ yêu cầu=|Lĩnh vực yêu cầu=")]
    [InlineData("trainings", "Loại=Ngoại ngữ|Tên khóa=Tiếng Anh B1|Cơ sở bồi dưỡng=Phân hiệu ĐH Thái Nguyên|Từ ngày=01/03/2025|Đến ngày=30/05/2025|Số giờ=120|Số chứng chỉ=")]
    public async Task A_template_carries_the_headers_its_importer_reads_so_a_file_filled_in_under_them_imports(string kind, string cells)
    {
        await ImportAsync(Csv("Lù Thị Mẩy,Nữ,09/09/1991,Giáy,,GV-611,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"), dryRun: false);
        var values = cells.Split('|').Select(c => c.Split('=')).ToDictionary(c => c[0], c => c[1]);
        values["Mã cán bộ"] = "GV-611";
        values["Số định danh"] = "";

        var (csvStatus, csvTemplate) = await TemplateAsync(kind, "?format=csv");
        var (xlsxStatus, xlsxTemplate) = await TemplateAsync(kind, "");
        var headers = Encoding.UTF8.GetString(csvTemplate).TrimStart('\uFEFF').TrimEnd('\r', '\n');
        var filled = headers + "\r\n" + string.Join(",", SplitHeaders(headers).Select(h => values[h])) + "\r\n";
        var (status, report) = await ImportAsync(filled, dryRun: true, kind);

        csvStatus.Should().Be(HttpStatusCode.OK);
        xlsxStatus.Should().Be(HttpStatusCode.OK);
        ((IDictionary<string, object?>)MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsxTemplate)).Single()).Values.Select(v => v?.ToString())
            .Should().Equal(SplitHeaders(headers), "the workbook's only row is its headers");
        SplitHeaders(headers).Should().BeEquivalentTo(values.Keys, "the template names every column the importer reads, and no other");
        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("created").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_template_is_offered_to_the_module_s_editors_only_and_an_unknown_kind_is_named()
    {
        var (forbidden, _) = await TemplateAsync("intellectuals", "", registry.Host.Token(Roles.Viewer));
        var (unknown, body) = await TemplateAsync("pets", "");

        forbidden.Should().Be(HttpStatusCode.Forbidden);
        unknown.Should().Be(HttpStatusCode.NotFound);
        Encoding.UTF8.GetString(body).Should().Contain("không nhập được loại dữ liệu 'pets'");
    }

    private async Task<(HttpStatusCode Status, byte[] Body)> TemplateAsync(string kind, string query, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/import/{kind}/template{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? registry.Editor);
        using var response = await registry.Host.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    private static string[] SplitHeaders(string line) =>
        System.Text.RegularExpressions.Regex.Matches(line, "\"([^\"]*)\"|([^,]+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray();

    [Fact]
    public async Task Only_editors_of_the_registry_may_import()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/import/intellectuals") { Content = new StringContent(Csv(), Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registry.Host.Token(Roles.Editor, "Science"));

        using var response = await registry.Host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_import_command_imports_a_file_on_the_server()
    {
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Csv("Chu Văn Lễ,Nam,09/09/1989,Dao,,GV-301,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"), new UTF8Encoding(true));
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    typeof(TriThuc.Host.PlatformApplication).Assembly.Location, "import", "registry", file,
                    $"--TriThuc:Plugins:Path={registry.PluginsPath}", "--Serilog:MinimumLevel:Default=Warning",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in registry.Host.DatabaseArguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            process.ExitCode.Should().Be(0, output + await process.StandardError.ReadToEndAsync());
            output.Should().Contain("\"created\": 1");
            (await CountAsync("chu van le")).Should().Be(1);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_imported_record_is_stored_and_audited_exactly_like_one_typed_in()
    {
        var typed = await registry.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new
            {
                fullName = "Hoàng Thị Lành", gender = "FEMALE", dateOfBirth = "1988-06-05", ethnicGroupCode = "02", nationalId = "004188000771",
                staffCode = "GV-771", phone = "0912000990", email = "lanh@tq.gov.vn", unitId = registry.School, jobTitle = "Giáo viên",
                fieldCode = "education", isPublicSector = true, isRemotePosting = true,
            },
        }, registry.Editor);
        var typedId = typed.GetProperty("data").GetProperty("createIntellectual").GetProperty("id").GetString();

        var (status, _) = await ImportAsync(Csv("Hoàng Thị Lành,Nữ,05/06/1988,Tày,004188000772,GV-772,0912000990,lanh@tq.gov.vn,THPT-DV,Giáo viên,Giáo dục,Có,Có"), dryRun: false);
        status.Should().Be(HttpStatusCode.OK);
        var importedId = (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"hoang thi lanh\" }) { items { id } } }", token: registry.Administrator))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetString()).Single(id => id != typedId);

        var typedRecord = await RecordAsync(typedId!);
        var importedRecord = await RecordAsync(importedId!);

        typedRecord.Should().Contain("\"changes\":", "the history holds the creation");
        importedRecord.Should().Be(typedRecord.Replace("004188000771", "004188000772").Replace("GV-771", "GV-772")
                .Replace(RegistryHost.NationalIdHashOf("004188000771"), RegistryHost.NationalIdHashOf("004188000772")),
            "an import writes every column, and its audit entry, as a typed-in record gets them");
    }

    [SqliteFact]
    public async Task An_imported_record_and_its_audit_entry_are_stored_in_the_same_form_as_one_typed_in()
    {
        var typedId = await registry.CreatePersonAsync("Hoàng Văn Lực", registry.School, dateOfBirth: "1987-07-06", ethnicGroup: "02", nationalId: "004087000773");
        (await ImportAsync(Csv("Hoàng Văn Lực,Nam,06/07/1987,Tày,004087000774,,,,THPT-DV,,Giáo dục,Có,Không"), dryRun: false)).Status.Should().Be(HttpStatusCode.OK);

        await using var database = new SqliteConnection($"Data Source={Path.Combine(registry.Host.DataPath, "registry.db")};Mode=ReadOnly;Pooling=False");
        await database.OpenAsync();
        var importedId = await ScalarAsync("SELECT Id FROM Intellectuals WHERE NationalId = '004087000774'");
        var typed = await StoredAsync(typedId.ToString().ToUpperInvariant());
        var imported = await StoredAsync(importedId);

        imported["Intellectuals.Id"].Should().Be($"text:'{importedId.ToUpperInvariant()}'", "ids are stored as upper-case text, as EF Core binds them");
        typed["Intellectuals.Id"] = imported["Intellectuals.Id"] = "<id>";
        imported["Intellectuals.NationalIdHash"].Should().Be($"text:'{RegistryHost.NationalIdHashOf("004087000774")}'", "the import's bulk insert stamps the keyed hash a save would");
        imported.Should().Equal(typed.ToDictionary(c => c.Key, c => c.Value.Replace("004087000773", "004087000774")
                .Replace(RegistryHost.NationalIdHashOf("004087000773"), RegistryHost.NationalIdHashOf("004087000774"))),
            "a bulk insert binds every value (text, integer, date, id) as EF Core does, so that queries compare them alike");

        async Task<string> ScalarAsync(string sql)
        {
            await using var command = new SqliteCommand(sql, database);
            return (string)(await command.ExecuteScalarAsync())!;
        }

        // Every column of the record and of its audit entry as "type:value"; what differs between two records by design is masked.
        async Task<Dictionary<string, string>> StoredAsync(string id)
        {
            var stored = new Dictionary<string, string>();
            foreach (var (table, key) in new[] { ("Intellectuals", "Id"), ("AuditEntries", "upper(EntityId)") })
            {
                await using var command = new SqliteCommand($"SELECT * FROM {table} WHERE {key} = $id", database);
                command.Parameters.AddWithValue("$id", id);
                await using var reader = await command.ExecuteReaderAsync();
                (await reader.ReadAsync()).Should().BeTrue($"{table} holds {id}");
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "null" : $"{reader.GetDataTypeName(i).ToLowerInvariant()}:'{reader.GetValue(i)}'";
                    var masked = reader.GetName(i) is "CreatedAt" or "ChangedAt" or "RequestId" or "ChainIndex" or "ChainHash" || (table == "AuditEntries" && reader.GetName(i) == "Id")
                        ? value[..value.IndexOf(':', StringComparison.Ordinal)] : value;
                    stored[$"{table}.{reader.GetName(i)}"] = table == "Intellectuals" && reader.GetName(i) == "Id" ? masked : masked.Replace(id, "<id>").Replace(id.ToLowerInvariant(), "<id>");
                }
            }

            return stored;
        }
    }

    [Fact]
    public async Task A_long_file_is_imported_in_chunks_and_a_person_listed_twice_is_refused_whichever_chunk_they_are_in()
    {
        var rows = Enumerable.Range(1, 1_234).Select(i => $"Lường Văn Số{i},Nam,{new DateOnly(1960, 1, 1).AddDays(i * 7):dd/MM/yyyy},Thái,{i:000000000000},,,,THPT-DV,Giáo viên,Giáo dục,Có,Có").ToList();
        rows.Add("Lường Văn Số Một,Nam,08/01/1960,Thái,000000000001,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"); // row 1,237 once row 602 is in: the second chunk, the person of row 2 again
        rows.Insert(600, "Lường Văn Sai,Nam,31/02/1990,Thái,,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có"); // row 602: refused

        var refused = await ImportAsync(Csv([.. rows]), dryRun: false);
        rows.RemoveAt(600);
        rows.RemoveAt(rows.Count - 1);
        var (status, report) = await ImportAsync(Csv([.. rows]), dryRun: false);

        refused.Report.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("row").GetInt32()).Should().Equal(602, 1_237);
        refused.Report.GetProperty("problems")[1].GetProperty("reason").GetString().Should().Contain("Dòng 2 và dòng 1237");
        status.Should().Be(HttpStatusCode.OK);
        report.GetProperty("created").GetInt32().Should().Be(1_234, "nothing of the refused file was saved");
        (await CountAsync("luong van so")).Should().Be(1_234);
    }

    [Theory]
    [InlineData("Số định danh", "Đinh Văn Một,Nam,01/02/1980,Tày,001080000555,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có", "Đinh Văn Hai,Nam,01/02/1981,Tày,001080000555,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có")]
    [InlineData("Số định danh", "Đinh Văn Một,Nam,01/02/1980,Tày,001080000556,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có", "Đinh Văn Hai,Nam,01/02/1981,Tày,００１０８００００５５６,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có")]
    [InlineData("Mã cán bộ", "Đinh Văn Một,Nam,01/02/1980,Tày,,GV-555,,,THPT-DV,Giáo viên,Giáo dục,Có,Có", "Đinh Văn Hai,Nam,01/02/1981,Tày,,GV-555,,,THPT-DV,Giáo viên,Giáo dục,Có,Có")]
    public async Task Two_rows_of_one_file_with_one_national_id_or_staff_code_are_refused_naming_both_rows(string column, string first, string second)
    {
        var (status, report) = await ImportAsync(Csv(first, "Đinh Văn Ba,Nam,01/02/1982,Tày,,,,,THPT-DV,Giáo viên,Giáo dục,Có,Có", second), dryRun: false);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = report.GetProperty("problems").EnumerateArray().Should().ContainSingle().Which;
        problem.GetProperty("row").GetInt32().Should().Be(4);
        problem.GetProperty("column").GetString().Should().Be(column);
        problem.GetProperty("reason").GetString().Should().Contain("Dòng 2 và dòng 4");
        (await CountAsync("dinh van")).Should().Be(0, "a file is saved whole or not at all");
    }

    [Fact]
    public async Task Later_rows_of_a_file_see_a_national_id_or_staff_code_that_an_earlier_row_changed()
    {
        const string rest = ",,,THPT-DV,Giáo viên,Giáo dục,Có,Có";
        (await ImportAsync(Csv($"Sầm Văn Ất,Nam,01/02/1980,Tày,,GV-901{rest}", $"Sầm Thị Bính,Nữ,02/03/1981,Tày,001181000902,GV-902{rest}"), dryRun: false))
            .Status.Should().Be(HttpStatusCode.OK);

        var (status, report) = await ImportAsync(Csv(
            $"Sầm Văn Ất,Nam,01/02/1980,Tày,001080000901,GV-901{rest}", // found by staff code, gets a national ID
            $"Sầm Thị Bính,Nữ,02/03/1981,Tày,001181000999,GV-902{rest}", // found by staff code, national ID corrected
            $"Hà Văn Cường,Nam,05/05/1985,Tày,001181000902,{rest}"), dryRun: false); // the freed national ID: someone new

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("updated").GetInt32().Should().Be(2);
        report.GetProperty("created").GetInt32().Should().Be(1);
        (await CountAsync("sam van at")).Should().Be(1);
        (await CountAsync("sam thi binh")).Should().Be(1, "the new person's row must not overwrite the record that held the national ID before");
        (await CountAsync("ha van cuong")).Should().Be(1);
    }

    /// <summary>A record and its history as the administrator reads them, without the values that differ between two records by design.</summary>
    private async Task<string> RecordAsync(string id)
    {
        var result = await registry.GraphQLAsync("""
            query($id: ID!) { intellectual(id: $id) {
              fullName gender dateOfBirth ethnicGroup { code } nationalId staffCode phone email jobTitle field { code }
              isPublicSector isRemotePosting status statusSince unit { code } academicTitle academicTitleYear politicalTheoryLevel
              history { action changedBy changes } } }
            """, new { id }, registry.Administrator);
        var text = result.GetProperty("data").GetProperty("intellectual").GetRawText();
        return text.Replace(id, "<id>");
    }

    private static string Csv(params string[] rows) => string.Join("\r\n", rows.Prepend(RegistryHost.PeopleCsvHeader)) + "\r\n";

    private Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string csv, bool dryRun, string kind = "intellectuals") =>
        registry.ImportAsync(csv, kind, dryRun);

    private async Task<int> CountAsync(string search) =>
        (await registry.GraphQLAsync("query($s: String) { intellectuals(filter: { search: $s }, first: 0) { totalCount } }", new { s = search }, registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32();
}
