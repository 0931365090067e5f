using System.Globalization;
using TriThuc.SharedKernel.Indicators;

namespace TriThuc.Host.Indicators;

/// <summary>Numbers as a Vietnamese reader writes them: "72,5%", "1.234", "1.200.000.000 đ".</summary>
internal static class IndicatorDisplay
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static string Format(IndicatorKind kind, decimal? value) => value switch
    {
        null => "—",
        { } v when kind == IndicatorKind.Share => (v * 100).ToString("#,##0.#", Vietnamese) + "%",
        { } v when kind == IndicatorKind.Amount => v.ToString("#,##0", Vietnamese) + " đ",
        { } v => v.ToString("#,##0.##", Vietnamese),
    };

    public static string StatusName(IndicatorStatus? status) => status switch
    {
        IndicatorStatus.Met => "Đạt",
        IndicatorStatus.OnTrack => "Đúng lộ trình",
        IndicatorStatus.Behind => "Chậm so với lộ trình",
        IndicatorStatus.NoData => "Chưa có số liệu",
        _ => "",
    };
}
