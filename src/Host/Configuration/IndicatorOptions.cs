namespace TriThuc.Host.Configuration;

/// <summary>How indicators are judged ("TriThuc:Indicators").</summary>
public sealed class IndicatorOptions
{
    /// <summary>
    /// The start of the straight path to each target: the value measured on this day is the baseline. The
    /// programme was adopted in early 2024, after Resolution 45-NQ/TW of 24 November 2023.
    /// </summary>
    public DateOnly BaselineDate { get; set; } = new(2024, 1, 1);
}
