using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Modules.Registry.Tests;

public sealed class ExportTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task A_filtered_list_exports_to_csv_with_vietnamese_headers_and_no_personal_data()
    {
        await registry.CreatePersonAsync("Đào Thị Xuân, \"Cô giáo\"", registry.School, gender: "FEMALE", nationalId: "001190009999");
        await registry.CreatePersonAsync("Đào Văn Hạ", registry.Health);

        using var response = await GetAsync($"/api/registry/intellectuals.csv?search=dao&unitId={registry.Education}", registry.Editor);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("Họ và tên,Giới tính,Đơn vị");
        lines.Should().HaveCount(2, "the filter keeps only the school's teacher");
        lines[1].Should().StartWith("\"Đào Thị Xuân, \"\"Cô giáo\"\"\",Nữ,Trường THPT Đồng Văn");
        lines[1].Should().NotContain("001190009999");
    }

    [Fact]
    public async Task The_same_list_exports_to_an_excel_workbook()
    {
        await registry.CreatePersonAsync("Lăng Văn Tùng", registry.Health);

        using var response = await GetAsync("/api/registry/intellectuals.xlsx?search=lang van tung", registry.Editor);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var texts = string.Concat(workbook.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        texts.Should().Contain("Họ và tên").And.Contain("Lăng Văn Tùng");
    }

    [Fact]
    public async Task Exports_obey_the_same_access_rules_as_the_list()
    {
        using var anonymous = await GetAsync("/api/registry/intellectuals.csv", null);
        using var viewer = await GetAsync("/api/registry/intellectuals.csv", registry.Host.Token(Roles.Viewer));

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        viewer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private Task<HttpResponseMessage> GetAsync(string url, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return registry.Host.Client.SendAsync(request);
    }
}
