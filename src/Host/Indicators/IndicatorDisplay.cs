using System.Globalization;

namespace TriThuc.Host.Indicators;

/// <summary>
/// Numbers as a Vietnamese reader writes them: "72,5%", "1.234", "1.200.000.000 đ". Shares are rounded to one
/// decimal of a percent, except that a value which is not a whole percent is never shown as one (targets are
/// whole percents): 99,995% shows as "99,99%", not "100%"; 70,04% as "70,04%", not "70%".
/// </summary>
internal static class IndicatorDisplay
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static string Format(IndicatorKind kind, decimal? value) => value switch
    {
        null => "—",
        { } v when kind == IndicatorKind.Share => Percent(v * 100).ToString("#,##0.##", Vietnamese) + "%",
        { } v when kind == IndicatorKind.Amount => v.ToString("#,##0", Vietnamese) + " đ",
        { } v => v.ToString("#,##0.##", Vietnamese),
    };

    /// <summary>One decimal; where that would land on a whole percent the value does not equal, two decimals cut towards the value.</summary>
    private static decimal Percent(decimal exact)
    {
        var rounded = Math.Round(exact, 1, MidpointRounding.AwayFromZero);
        if (rounded == exact || rounded != decimal.Truncate(rounded))
        {
            return rounded;
        }

        var hundredths = exact * 100;
        return (exact < rounded ? Math.Floor(hundredths) : Math.Ceiling(hundredths)) / 100;
    }

    public static string StatusName(IndicatorStatus? status) => status switch
    {
        IndicatorStatus.Met => "Đạt",
        IndicatorStatus.OnTrack => "Đúng lộ trình",
        IndicatorStatus.Behind => "Chậm so với lộ trình",
        IndicatorStatus.NoData => "Chưa có số liệu",
        _ => "",
    };
}
