using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TriThuc.Modules.Registry.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>Tests that measure the process's memory run with no other test beside them.</summary>
    public const string Name = "alone";
}

/// <summary>Files crafted to take the host's memory or to answer with a report bigger than they are (issue 20, item 3).</summary>
[Collection(AloneCollection.Name)]
public sealed class ImportLimitTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task A_small_workbook_whose_one_cell_unzips_to_a_hundred_million_characters_is_refused_without_taking_memory()
    {
        var workbook = Workbook(sheet =>
        {
            sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>");
        }, strings =>
        {
            strings.Write("<si><t>Họ và tên</t></si><si><t>");
            var chunk = new string('a', 1_000_000);
            for (var i = 0; i < 100; i++)
            {
                strings.Write(chunk);
            }

            strings.Write("</t></si>");
        });
        workbook.Length.Should().BeLessThan(1_000_000, "the attack is a small file");
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var (status, body) = await PostAsync(workbook, "danh-sach.xlsx");

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        status.Should().Be(HttpStatusCode.BadRequest, body.ToString()[..Math.Min(500, body.ToString().Length)]);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION");
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("32,767 ký tự");
        allocated.Should().BeLessThan(64L * 1024 * 1024, "the cell is read a chunk at a time and never held whole (it would be 200 MB as a string)");
    }

    [Fact]
    public async Task A_small_workbook_of_three_hundred_thousand_rows_is_refused_before_any_is_imported()
    {
        var workbook = Workbook(sheet =>
        {
            sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
            for (var row = 2; row <= 300_001; row++)
            {
                sheet.Write($"<row r=\"{row}\"><c r=\"A{row}\" t=\"s\"><v>1</v></c></row>");
            }
        }, strings => strings.Write("<si><t>Họ và tên</t></si><si><t>x</t></si>"));
        workbook.Length.Should().BeLessThan(2_000_000);

        var (status, body, bytes) = await PostWithSizeAsync(workbook, "danh-sach.xlsx");

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("200,000 dòng");
        bytes.Should().BeLessThan(10_000, "the answer is one error, not a problem for each row");
    }

    [Fact]
    public async Task A_file_of_many_bad_rows_lists_the_first_thousand_problems_and_counts_the_rest()
    {
        var csv = new StringBuilder(RegistryHost.PeopleCsvHeader + "\r\n");
        for (var i = 0; i < 1_500; i++)
        {
            csv.Append($"Người Số {i},Không rõ,01/01/1990,Kinh,,,,,THPT-DV,,Giáo dục,Có,Có\r\n");
        }

        var (status, report, bytes) = await PostWithSizeAsync(Encoding.UTF8.GetBytes(csv.ToString()), "list.csv");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("problems").GetArrayLength().Should().Be(1_000);
        report.GetProperty("problems")[0].GetProperty("row").GetInt32().Should().Be(2, "the first problems are listed, by row");
        report.GetProperty("problemsNotListed").GetInt32().Should().Be(500);
        report.GetProperty("applied").GetBoolean().Should().BeFalse();
        bytes.Should().BeLessThan(300_000);
    }

    [Fact]
    public async Task A_csv_cell_longer_than_excel_allows_is_refused_as_the_file_is_read()
    {
        var csv = RegistryHost.PeopleCsvHeader + "\r\n\"" + new string('a', 1_000_000) + "\",Nam,01/01/1990,Kinh,,,,,THPT-DV,,Giáo dục,Có,Có\r\n";

        var (status, body) = await PostAsync(Encoding.UTF8.GetBytes(csv), "list.csv");

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("32,767 ký tự");
    }

    [Fact]
    public async Task A_file_over_kestrel_s_own_thirty_megabytes_but_under_the_upload_limit_is_read_not_refused_as_too_large()
    {
        var csv = new StringBuilder("Cột lạ,Cột khác\r\n");
        while (csv.Length < 35 * 1024 * 1024)
        {
            csv.Append("Nguyễn Văn An,Nam\r\n");
        }

        var (status, body) = await PostAsync(Encoding.UTF8.GetBytes(csv.ToString()), "list.csv");

        status.Should().NotBe(HttpStatusCode.RequestEntityTooLarge, "the platform's limit is 50 MB, whatever Kestrel's default");
        body.ToString().Should().Contain("Họ và tên", "the file was read, and its wrong header named the expected ones");
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_sent_without_a_length_gets_413_with_a_code_and_a_vietnamese_message()
    {
        var content = new byte[51 * 1024 * 1024];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/import/intellectuals?fileName=list.csv")
        {
            Content = new StreamContent(new MemoryStream(content)),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registry.Editor);

        using var response = await registry.Host.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("REQUEST_TOO_LARGE");
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("50 MB").And.Contain("chia tệp");
    }

    /// <summary>A workbook written by hand, part by part, so that its parts can be as large as the attack needs while the file stays small.</summary>
    internal static byte[] Workbook(Action<TextWriter> rows, Action<TextWriter> sharedStrings)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        const string officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, Action<TextWriter> write)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
                write(writer);
            }

            Part("[Content_Types].xml", w => w.Write(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
            Part("_rels/.rels", w => w.Write(
                $"<Relationships xmlns=\"{relationships}\"><Relationship Id=\"rId1\" Type=\"{officeRelationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part("xl/workbook.xml", w => w.Write(
                $"<workbook xmlns=\"{main}\" xmlns:r=\"{officeRelationships}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part("xl/_rels/workbook.xml.rels", w => w.Write(
                $"<Relationships xmlns=\"{relationships}\"><Relationship Id=\"rId1\" Type=\"{officeRelationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                $"<Relationship Id=\"rId2\" Type=\"{officeRelationships}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
            Part("xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<worksheet xmlns=\"{main}\"><sheetData>");
                rows(w);
                w.Write("</sheetData></worksheet>");
            });
            Part("xl/sharedStrings.xml", w =>
            {
                w.Write($"<sst xmlns=\"{main}\">");
                sharedStrings(w);
                w.Write("</sst>");
            });
        }

        return file.ToArray();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(byte[] content, string fileName)
    {
        var (status, body, _) = await PostWithSizeAsync(content, fileName);
        return (status, body);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, int Bytes)> PostWithSizeAsync(byte[] content, string fileName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/registry/import/intellectuals?fileName={fileName}") { Content = new ByteArrayContent(content) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registry.Editor);
        using var response = await registry.Host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), Encoding.UTF8.GetByteCount(text));
    }
}
