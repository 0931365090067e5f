using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>What a clerk's file may be: its separator, its header row, its encoding (issue 20, items 12 and 13).</summary>
public sealed class ImportFileTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Row = "Nam,03/03/1983,Thái,,{0},,,THPT-DV,Giáo viên,Giáo dục,Có,Có";

    [Fact]
    public async Task A_semicolon_file_with_the_importers_own_headers_is_read()
    {
        var header = RegistryHost.PeopleCsvHeader.Replace(",", ";").Replace("\"Vùng sâu; vùng xa\"", "Vùng sâu, vùng xa");
        var csv = header + "\r\n" + "Lường Văn Chấn;" + string.Format(Row, "SC-001").Replace(",", ";") + "\r\n";

        var (status, report) = await registry.ImportAsync(csv);

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("created").GetInt32().Should().Be(1);
        (await NamesAsync("luong van chan")).Should().Equal("Lường Văn Chấn");
    }

    [Fact]
    public async Task Wrong_headers_give_one_error_naming_the_expected_headers_not_a_problem_on_every_row()
    {
        var csv = "Name,Sex,Born,Ethnic group,Unit,Field\r\n" + string.Concat(Enumerable.Range(1, 50).Select(i => $"Person {i},Nam,01/01/1990,Kinh,THPT-DV,Giáo dục\r\n"));

        var (status, body) = await registry.ImportAsync(csv);

        status.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        var error = body.GetProperty("errors").EnumerateArray().Should().ContainSingle().Which;
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION");
        error.GetProperty("message").GetString().Should().Contain("\"Họ và tên\"").And.Contain("\"Giới tính\"").And.Contain("\"Lĩnh vực\"").And.Contain("dòng 1");
    }

    [Fact]
    public async Task A_file_with_a_column_twice_is_refused_naming_it()
    {
        var csv = RegistryHost.PeopleCsvHeader + ",Mã cán bộ\r\nLường Thị Đào," + string.Format(Row, "SC-002") + ",SC-003\r\n";

        var (status, body) = await registry.ImportAsync(csv);

        status.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("trùng").And.Contain("\"Mã cán bộ\"");
        (await NamesAsync("luong thi dao")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData(RegistryHost.PeopleCsvHeader + "\r\n")]
    public async Task An_empty_file_or_one_with_only_its_header_is_refused(string csv)
    {
        var (status, body) = await registry.ImportAsync(csv);

        status.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION");
    }

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "Nguyễn Văn Thắng" },
        { "utf-8-bom", "Nguyễn Văn Thưởng" },
        { "utf-16", "Nguyễn Thị Ánh" },
        { "windows-1258", "Nguyễn Văn Đức" },
        { "windows-1252", "José Müller" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_file_saved_in_any_of_the_encodings_Excel_writes_is_read_letter_for_letter(string encoding, string name)
    {
        var csv = RegistryHost.PeopleCsvHeader + "\r\n" + name + "," + string.Format(Row, "ENC-" + encoding) + "\r\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(csv),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
            // Excel's "Unicode Text": UTF-16 with a byte order mark, tab-separated.
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TabSeparated(csv))],
            "windows-1258" => Windows1258(csv),
            _ => CodePage(1252).GetBytes(csv.Replace("Thái", "Kinh").Replace("Giáo viên", "Giao vien").Replace("Giáo dục", "education").Replace("Có", "x")
                .Replace(RegistryHost.PeopleCsvHeader, string.Concat(RegistryHost.PeopleCsvHeader.Normalize(NormalizationForm.FormD).Where(c => c < 0x300 || c > 0x36F)).Replace("Đ", "D").Replace("đ", "d"))),
        };

        var (status, report) = await PostAsync(bytes, "list.csv");

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        var search = string.Concat(name.Normalize(NormalizationForm.FormD).Where(c => c < 0x300 || c > 0x36F)).Replace("Đ", "D").ToLowerInvariant();
        (await NamesAsync(search)).Should().Equal(name);
    }

    [Fact]
    public async Task A_file_in_no_encoding_we_can_read_is_refused_saying_to_save_it_as_utf8_and_nothing_is_stored()
    {
        // 0x81 and 0x8D are no letter in Windows-1258 or -1252, and these bytes are not UTF-8.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(RegistryHost.PeopleCsvHeader + "\r\n"), 0x4E, 0x67, 0x81, 0x8D, 0x6E, 0x2C, .. Encoding.ASCII.GetBytes("Nam,03/03/1983,Thai,,ENC-BAD,,,THPT-DV,,education,x,x\r\n")];

        var (status, body) = await PostAsync(bytes, "list.csv");

        status.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("UTF-8");
        (await registry.GraphQLAsync("{ intellectuals(filter: { search: \"ENC-BAD\" }, first: 0) { totalCount } }", token: registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_file_already_holding_the_replacement_character_is_refused_rather_than_stored()
    {
        var (status, body) = await registry.ImportAsync(RegistryHost.PeopleCsvHeader + "\r\nNguy\uFFFDn V\uFFFDn," + string.Format(Row, "ENC-FFFD") + "\r\n");

        status.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("UTF-8");
    }

    /// <summary>The CSV with tabs between its cells (its one quoted header holds a comma, which stays).</summary>
    private static string TabSeparated(string csv) =>
        csv.Replace("\"Vùng sâu, vùng xa\"", "\u0001").Replace(",", "\t").Replace("\u0001", "Vùng sâu, vùng xa");

    /// <summary>
    /// Text as Vietnamese Windows saves it: â, ê, ô, ă, ơ, ư, đ and some toned letters precomposed, the other tones as a
    /// combining mark after the letter.
    /// </summary>
    private static byte[] Windows1258(string text)
    {
        var encoding = CodePage(1258);
        var bytes = new List<byte>();
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text.Normalize());
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            try
            {
                bytes.AddRange(encoding.GetBytes(element));
                continue;
            }
            catch (EncoderFallbackException)
            {
            }

            var decomposed = element.Normalize(NormalizationForm.FormD);
            var marks = decomposed[1..].ToList();
            var shape = marks.FirstOrDefault(m => m is '\u0302' or '\u0306' or '\u031B');
            var letter = shape == default ? decomposed[..1] : (decomposed[0].ToString() + shape).Normalize();
            if (shape != default)
            {
                marks.Remove(shape);
            }

            bytes.AddRange(encoding.GetBytes(letter + new string([.. marks])));
        }

        return [.. bytes];
    }

    internal static Encoding CodePage(int number) => CodePagesEncodingProvider.Instance.GetEncoding(number, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(byte[] content, string fileName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/registry/import/intellectuals?fileName={fileName}") { Content = new ByteArrayContent(content) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registry.Editor);
        using var response = await registry.Host.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task<List<string?>> NamesAsync(string search) =>
        (await registry.GraphQLAsync("query($s: String) { intellectuals(filter: { search: $s }) { edges { node { fullName } } } }", new { s = search }, registry.Editor))
            .GetProperty("data").GetProperty("intellectuals").Names();
}
