using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Exports;

namespace TriThuc.Modules.Talent.Plans;

/// <summary>
/// The plan beside the actual figures for the department's report: <c>GET /api/talent/plans/{planId}/gaps.xlsx?on=…&amp;unitId=…&amp;fieldCode=…</c>
/// — the rows of <c>talentWorkforcePlanGaps</c>, each target followed by its units directly below and, for a target of
/// every field, its fields. Aggregates only, under the same access as the query: a share of a small group is withheld
/// from a caller without <c>personal-data:read</c> and logged when shown (<see cref="PlanDisclosure"/>).
/// </summary>
public static class PlanExport
{
    private static readonly string[] Headers =
        ["Đơn vị", "Dòng", "Lĩnh vực", "Chỉ tiêu", "Kế hoạch", "Thực tế", "Số người", "Tổng số trí thức", "Chênh lệch", "Đạt"];

    /// <summary>What a withheld figure reads in its cells.</summary>
    public const string Suppressed = "Ẩn (nhóm nhỏ)";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/plans/{planId:guid}/gaps.xlsx", WriteAsync).RequireAccess(FieldAccess.Aggregates);

    private static async Task WriteAsync(HttpContext http, Guid planId)
    {
        var query = http.Request.Query;
        var services = http.RequestServices;
        DateOnly on;
        IReadOnlyList<PlanGap> gaps;
        try
        {
            on = ExportParameters.Day(query) ?? services.GetRequiredService<IClock>().Today;
            var unitId = ExportParameters.Id(query, "unitId");
            gaps = await services.GetRequiredService<PlanService>().GapsAsync(planId, on, unitId, query["fieldCode"].FirstOrDefault(), http.RequestAborted);
        }
        catch (DomainException refused)
        {
            await ErrorResponse.For(refused).ExecuteAsync(http);
            return;
        }

        // Every row is computed before the first byte is sent, so the small groups shown are logged before they leave.
        var rows = Rows(gaps).ToList();
        await services.GetRequiredService<ISensitiveReadLog>().FlushAsync(http.RequestAborted);
        await SpreadsheetResponse.WriteXlsxAsync(http, $"ke-hoach-va-thuc-te-{on:yyyy-MM-dd}.xlsx", "Kế hoạch và thực tế", Headers, rows.ToAsyncEnumerable());
    }

    private static IEnumerable<string?[]> Rows(IReadOnlyList<PlanGap> gaps)
    {
        foreach (var gap in gaps)
        {
            yield return Row(gap, "Chỉ tiêu của kế hoạch");
            foreach (var below in gap.Figures.ByUnit(gap))
            {
                yield return Row(below, "Đơn vị trực thuộc");
            }

            foreach (var field in gap.Figures.ByField(gap))
            {
                yield return Row(field, "Theo lĩnh vực");
            }
        }
    }

    /// <summary>A row; a share of a small group withheld from this caller reads <see cref="Suppressed"/> where its figures would be.</summary>
    private static string?[] Row(PlanGap gap, string kind)
    {
        var (actual, count, total, difference, met) = gap.Shown;
        return
        [
            gap.UnitName, kind, gap.FieldCode ?? "Mọi lĩnh vực", EnumLabels.Of(gap.Measure), Value(gap.Measure, gap.Target),
            gap.Suppressed ? Suppressed : Value(gap.Measure, actual), gap.Suppressed ? Suppressed : count?.ToString(Vietnamese),
            gap.Suppressed ? Suppressed : total?.ToString(Vietnamese), gap.Suppressed ? Suppressed : Value(gap.Measure, difference),
            gap.Suppressed ? Suppressed : met switch { true => "Đạt", false => "Chưa đạt", null => "" },
        ];
    }

    /// <summary>A share as a percentage ("37,5%"), a count as a number.</summary>
    private static string Value(PlanMeasure measure, decimal? value) =>
        value is not { } v ? "" : PlanRules.IsShare(measure) ? (v * 100).ToString("0.##", Vietnamese) + "%" : v.ToString("0.##", Vietnamese);
}
