using MiniExcelLibs;
using TriThuc.Host.Indicators;
using TriThuc.SharedKernel.Exports;

namespace TriThuc.Host.Reviews;

/// <summary>
/// A review as an .xlsx workbook: the indicators on one sheet, every breakdown line on another, with a unit's
/// depth in the tree in its own column ("Cấp") so that every name is protected from being read as a formula.
/// </summary>
internal static class ReviewWorkbook
{
    public static async Task WriteAsync(ReviewSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        var summary = snapshot.Indicators.Select(i => new Dictionary<string, object?>
        {
            ["Mã"] = i.Code,
            ["Chỉ tiêu"] = SpreadsheetText.NotAFormula(i.Name),
            ["Phân hệ"] = i.Module,
            ["Tử số"] = i.Numerator,
            ["Mẫu số"] = i.Denominator,
            ["Giá trị"] = IndicatorDisplay.Format(i.Kind, i.Value),
            ["Giá trị (số)"] = i.Value,
            ["Mục tiêu"] = i.TargetValue is null ? null : IndicatorDisplay.Format(i.Kind, i.TargetValue),
            ["Năm đạt mục tiêu"] = i.TargetYear,
            ["Lộ trình tại ngày chốt"] = i.Expected is null ? null : IndicatorDisplay.Format(i.Kind, i.Expected),
            ["Đánh giá"] = IndicatorDisplay.StatusName(i.Status),
        }).ToList();

        var lines = snapshot.Indicators.SelectMany(i => ReviewService.Breakdowns(i).SelectMany(b => b.Rows.Select(row => new Dictionary<string, object?>
        {
            ["Mã"] = i.Code,
            ["Phân tổ"] = b.Name,
            ["Cấp"] = row.Depth,
            ["Giá trị phân tổ"] = SpreadsheetText.NotAFormula(row.Name),
            ["Tử số"] = row.Figure.Numerator,
            ["Mẫu số"] = row.Figure.Denominator,
            ["Giá trị"] = IndicatorDisplay.Format(i.Kind, row.Figure.Value),
            ["Giá trị (số)"] = row.Figure.Value,
            ["Đánh giá"] = IndicatorDisplay.StatusName(row.Status),
        }))).ToList();

        var sheets = new Dictionary<string, object> { ["Chỉ tiêu"] = summary, ["Phân tổ"] = lines };
        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
    }
}
