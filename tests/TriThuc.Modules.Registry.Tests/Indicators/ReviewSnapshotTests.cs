using TriThuc.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Modules.Registry.Tests.Indicators;

/// <summary>Interim and final reviews: indicators frozen on a day, unchanged by later edits, compared, exported.</summary>
public sealed class ReviewSnapshotTests(IndicatorProvince province) : IClassFixture<IndicatorProvince>
{
    private const string Take = "mutation($input: ReviewInput!) { takeReviewSnapshot(input: $input) { id title asOf xlsxUrl htmlUrl indicators { code value display status } } }";

    [Fact]
    public async Task A_snapshot_keeps_its_numbers_after_later_edits_and_compares_with_today_and_with_another_snapshot()
    {
        var interim = await TakeAsync("INTERIM", "Sơ kết năm 2025", "2025-12-31", "Số liệu do Sở Nội vụ tổng hợp.");
        T1(interim).GetProperty("display").GetString().Should().Be("50%");

        // Bình completes an international-environment course dated within 2025, after the snapshot was taken.
        await province.AddTrainingAsync(province.Binh, "INTERNATIONAL_ENVIRONMENT", "2025-10-20", "2025-11-01");

        var reread = (await province.GraphQLAsync("query($id: ID!) { reviewSnapshot(id: $id) { note indicators { code display } } }",
            new { id = interim.GetProperty("id").GetString() }, province.Viewer)).GetProperty("data").GetProperty("reviewSnapshot");
        T1(reread).GetProperty("display").GetString().Should().Be("50%", "a review is frozen");
        reread.GetProperty("note").GetString().Should().Be("Số liệu do Sở Nội vụ tổng hợp.");

        var withNow = await CompareAsync(interim.GetProperty("id").GetString()!, null);
        withNow.GetProperty("to").GetProperty("title").GetString().Should().Be("Hiện tại");
        var row = withNow.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "T1");
        row.GetProperty("from").GetProperty("value").GetDecimal().Should().Be(0.5m);
        row.GetProperty("to").GetProperty("value").GetDecimal().Should().Be(1m);
        row.GetProperty("changeDisplay").GetString().Should().Be("+50%");

        var final = await TakeAsync("FINAL", "Tổng kết 2025", "2025-12-31", null);
        T1(final).GetProperty("display").GetString().Should().Be("100%");
        var between = await CompareAsync(interim.GetProperty("id").GetString()!, final.GetProperty("id").GetString());
        between.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "T1").GetProperty("change").GetDecimal().Should().Be(0.5m);

        var listed = (await province.GraphQLAsync("{ reviewSnapshots { id kind indicators { code display } } }", token: province.Viewer))
            .GetProperty("data").GetProperty("reviewSnapshots").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        listed[interim.GetProperty("id").GetString()!].GetProperty("kind").GetString().Should().Be("INTERIM");
        listed[final.GetProperty("id").GetString()!].GetProperty("kind").GetString().Should().Be("FINAL");
        T1(listed[interim.GetProperty("id").GetString()!]).GetProperty("display").GetString().Should().Be("50%", "the list carries each review's indicators");
    }

    [Fact]
    public async Task Only_administrators_take_snapshots_and_a_title_is_required()
    {
        var input = new { kind = "INTERIM", title = "Sơ kết", asOf = "2025-06-30" };
        (await province.GraphQLAsync(Take, new { input }, province.Viewer)).FirstError().Code.Should().Be("FORBIDDEN");
        (await province.GraphQLAsync(Take, new { input }, province.Editor)).FirstError().Code.Should().Be("FORBIDDEN");
        (await province.GraphQLAsync(Take, new { input = new { kind = "INTERIM", title = "  " } }, province.Administrator)).FirstError().Field.Should().Be("title");
    }

    [Fact]
    public async Task A_snapshot_exports_to_a_workbook_and_a_printable_vietnamese_page()
    {
        var snapshot = await TakeAsync("FINAL", "Tổng kết <giai đoạn> 2024–2025", "2025-12-31", "Ghi chú <script>alert(1)</script>");

        using var xlsx = await GetAsync(snapshot.GetProperty("xlsxUrl").GetString()!, province.Viewer);
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(workbook).Should().Equal("Chỉ tiêu", "Phân tổ");
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Chỉ tiêu").Cast<IDictionary<string, object?>>().ToList();
        var t4 = rows.Single(r => (string?)r["Mã"] == "T4");
        t4["Giá trị"].Should().Be("50%");
        t4["Đánh giá"].Should().Be("Chậm so với lộ trình");
        var lines = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Phân tổ").Cast<IDictionary<string, object?>>().ToList();
        lines.Should().Contain(l => (string?)l["Mã"] == "T1" && (string?)l["Phân tổ"] == "Đơn vị" && ((string?)l["Giá trị phân tổ"])!.Trim() == "Sở Y tế");

        using var html = await GetAsync(snapshot.GetProperty("htmlUrl").GetString()!, province.Viewer);
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = await html.Content.ReadAsStringAsync();
        page.Should().Contain("Báo cáo tổng kết").And.Contain("Số liệu chốt ngày 31/12/2025").And.Contain("Tổng kết &lt;giai đoạn&gt; 2024–2025");
        page.Should().Contain("T1 — Lãnh đạo, quản lý được bồi dưỡng kiến thức làm việc trong môi trường quốc tế: theo đơn vị");
        page.Should().NotContain("<script>");
        html.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.NotContain("script-src");
        html.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");

        using var anonymous = await GetAsync(snapshot.GetProperty("htmlUrl").GetString()!, null);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var missing = await GetAsync($"/api/platform/reviews/{Guid.NewGuid()}.html", province.Viewer);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [SqliteFact]
    public async Task The_database_itself_refuses_to_change_a_snapshot()
    {
        await TakeAsync("INTERIM", "Sơ kết để thử sửa", "2025-12-31", null);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(province.Host.DataPath, "platform.db")}");
        await connection.OpenAsync();
        foreach (var statement in new[]
        {
            "UPDATE ReviewSnapshotIndicators SET Value = 1",
            "DELETE FROM ReviewSnapshotIndicators",
            "UPDATE ReviewSnapshots SET Title = 'Đã sửa'",
            "DELETE FROM ReviewSnapshots",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            var act = () => command.ExecuteNonQueryAsync();
            (await act.Should().ThrowAsync<SqliteException>(statement)).Which.Message.Should().Contain("append-only");
        }
    }

    private async Task<JsonElement> TakeAsync(string kind, string title, string asOf, string? note)
    {
        var result = await province.GraphQLAsync(Take, new { input = new { kind, title, asOf, note } }, province.Administrator);
        result.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return result.GetProperty("data").GetProperty("takeReviewSnapshot");
    }

    private async Task<JsonElement> CompareAsync(string fromId, string? toId) =>
        (await province.GraphQLAsync(
            "query($from: ID!, $to: ID) { compareReviewSnapshots(fromId: $from, toId: $to) { to { title } rows { code change changeDisplay from { value } to { value } } } }",
            new { from = fromId, to = toId }, province.Viewer)).GetProperty("data").GetProperty("compareReviewSnapshots");

    private static JsonElement T1(JsonElement snapshot) =>
        snapshot.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "T1");

    private async Task<HttpResponseMessage> GetAsync(string url, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await province.Host.Client.SendAsync(request);
    }
}
