using System.Text.Json;
using System.Text.Json.Serialization;
using MiniExcelLibs;
using TriThuc.Host.Indicators;
using TriThuc.Host.Reviews;
using TriThuc.SharedKernel.Indicators;

namespace TriThuc.Host.Tests.Reviews;

/// <summary>What a review's printable page and workbook make of text typed by people: line breaks kept, formulas defused.</summary>
public sealed class ReviewExportTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void The_printable_page_keeps_the_line_breaks_of_a_note_and_encodes_each_line()
    {
        var snapshot = new ReviewSnapshot { Kind = ReviewKind.Interim, Title = "Sơ kết", AsOf = new DateOnly(2025, 12, 31), Note = "Dòng một\r\nDòng <hai>\nDòng ba" };

        var page = ReviewHtmlPage.Render(snapshot, "Tuyên Quang");

        page.Should().Contain("<p>Dòng một<br>Dòng &lt;hai&gt;<br>Dòng ba</p>").And.NotContain("&#xA;");
    }

    [Fact]
    public async Task A_nested_unit_named_like_a_formula_stays_text_and_its_depth_has_its_own_column()
    {
        const string name = "=HYPERLINK(\"http://x\",\"y\")";
        var rows = new List<IndicatorBreakdownRow>
        {
            new("p", "Tỉnh", null, 0, IndicatorFigure.Of(IndicatorKind.Count, 1, 1)),
            new("u", name, "p", 1, IndicatorFigure.Of(IndicatorKind.Count, 1, 1)),
        };
        var snapshot = new ReviewSnapshot { Kind = ReviewKind.Final, Title = "Tổng kết", AsOf = new DateOnly(2025, 12, 31) };
        snapshot.Indicators.Add(new ReviewSnapshotIndicator
        {
            Code = "D1", Name = "Số trí thức", Module = "Registry", Kind = IndicatorKind.Count, Numerator = 1, Value = 1,
            Breakdowns = JsonSerializer.Serialize(new[] { new FrozenBreakdown(IndicatorDimension.UnitKey, "Đơn vị", rows) }, Json),
        });

        using var stream = new MemoryStream();
        await ReviewWorkbook.WriteAsync(snapshot, stream, CancellationToken.None);

        stream.Position = 0;
        var lines = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Phân tổ").Cast<IDictionary<string, object?>>().ToList();
        lines.Select(l => (string?)l["Giá trị phân tổ"]).Should().Equal("Tỉnh", "'" + name);
        lines.Select(l => Convert.ToInt32(l["Cấp"], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(0, 1);
    }
}
