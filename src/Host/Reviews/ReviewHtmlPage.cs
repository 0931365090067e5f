using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using TriThuc.Host.Indicators;

namespace TriThuc.Host.Reviews;

/// <summary>
/// A review as a printable page in Vietnamese: the indicators against their targets, then, for each
/// indicator with a target, its figures by unit. Every value from the database is HTML-encoded.
/// </summary>
internal static class ReviewHtmlPage
{
    private const string Style = """
        body { font-family: "Times New Roman", serif; font-size: 13pt; margin: 2cm; color: #000; }
        h1 { font-size: 16pt; text-align: center; text-transform: uppercase; margin-bottom: 0.2em; }
        h2 { font-size: 14pt; margin-top: 1.5em; }
        .subtitle, .asof { text-align: center; }
        table { border-collapse: collapse; width: 100%; margin-top: 0.5em; }
        th, td { border: 1px solid #000; padding: 3px 6px; vertical-align: top; }
        th { background: #eee; }
        td.number { text-align: right; white-space: nowrap; }
        .behind { font-weight: bold; }
        footer { margin-top: 2em; font-size: 11pt; }
        @media print { body { margin: 0; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
        """;

    /// <summary>The page's policy: its own styles (a block and indentation attributes), nothing to run, nothing to fetch.</summary>
    public const string Policy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IResult Result(ReviewSnapshot snapshot, string provinceName, HttpResponse response)
    {
        response.Headers[Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy] = Policy;
        return Results.Content(Render(snapshot, provinceName), "text/html; charset=utf-8");
    }

    public static string Render(ReviewSnapshot snapshot, string provinceName)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(snapshot.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<p class=\"subtitle\">Tỉnh ").Append(E(provinceName)).Append("</p>\n");
        html.Append("<h1>Báo cáo ").Append(snapshot.Kind == ReviewKind.Final ? "tổng kết" : "sơ kết").Append("</h1>\n");
        html.Append("<p class=\"subtitle\"><strong>").Append(E(snapshot.Title)).Append("</strong></p>\n");
        html.Append("<p class=\"asof\">Số liệu chốt ngày ").Append(snapshot.AsOf.ToString("dd/MM/yyyy")).Append("</p>\n");
        if (snapshot.Note is { } note)
        {
            // Encoded line by line: the encoder writes a line break as "&#xA;", which a browser does not break on.
            html.Append("<p>").Append(string.Join("<br>", note.ReplaceLineEndings("\n").Split('\n').Select(E))).Append("</p>\n");
        }

        var ordered = snapshot.Indicators.OrderBy(i => i.Module, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
        html.Append("<h2>I. Các chỉ tiêu</h2>\n<table>\n<tr><th>Mã</th><th>Chỉ tiêu</th><th>Tử số</th><th>Mẫu số</th><th>Giá trị</th><th>Mục tiêu</th><th>Lộ trình</th><th>Đánh giá</th></tr>\n");
        foreach (var indicator in ordered)
        {
            html.Append("<tr").Append(indicator.Status == IndicatorStatus.Behind ? " class=\"behind\"" : "").Append('>')
                .Append(Cell(indicator.Code)).Append(Cell(indicator.Name))
                .Append(Number(IndicatorDisplay.Format(IndicatorKind.Count, indicator.Numerator)))
                .Append(Number(indicator.Denominator is null ? "" : IndicatorDisplay.Format(IndicatorKind.Count, indicator.Denominator)))
                .Append(Number(IndicatorDisplay.Format(indicator.Kind, indicator.Value)))
                .Append(Number(indicator.TargetValue is null ? "" : IndicatorDisplay.Format(indicator.Kind, indicator.TargetValue) + $" ({indicator.TargetYear})"))
                .Append(Number(indicator.Expected is null ? "" : IndicatorDisplay.Format(indicator.Kind, indicator.Expected)))
                .Append(Cell(IndicatorDisplay.StatusName(indicator.Status)))
                .Append("</tr>\n");
        }

        html.Append("</table>\n");
        var section = 0;
        foreach (var indicator in ordered.Where(i => i.TargetValue is not null))
        {
            html.Append("<h2>").Append(Roman(++section + 1)).Append(". ").Append(E(indicator.Code)).Append(" — ").Append(E(indicator.Name)).Append(": theo đơn vị</h2>\n");
            html.Append("<table>\n<tr><th>Đơn vị</th><th>Tử số</th><th>Mẫu số</th><th>Giá trị</th><th>Đánh giá</th></tr>\n");
            foreach (var row in ReviewService.BreakdownOf(indicator, IndicatorDimension.UnitKey))
            {
                html.Append("<tr><td style=\"padding-left:").Append(6 + (row.Depth * 18)).Append("px\">").Append(E(row.Name)).Append("</td>")
                    .Append(Number(IndicatorDisplay.Format(IndicatorKind.Count, row.Figure.Numerator)))
                    .Append(Number(row.Figure.Denominator is null ? "" : IndicatorDisplay.Format(IndicatorKind.Count, row.Figure.Denominator)))
                    .Append(Number(IndicatorDisplay.Format(indicator.Kind, row.Figure.Value)))
                    .Append(Cell(IndicatorDisplay.StatusName(row.Status)))
                    .Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<footer>Lập từ hệ thống TriThuc lúc ").Append(snapshot.CreatedAt.ToLocalTime().ToString("HH:mm dd/MM/yyyy"))
            .Append(", người chốt số liệu: ").Append(E(snapshot.CreatedBy)).Append(".</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    // Escapes only what HTML needs (<, >, &, quotes), so that Vietnamese stays readable UTF-8 in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    private static string Cell(string text) => "<td>" + E(text) + "</td>";

    private static string Number(string text) => "<td class=\"number\">" + E(text) + "</td>";

    private static string Roman(int number) => number switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X",
        _ => number.ToString(),
    };
}
