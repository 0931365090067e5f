using System.Text.Json;

namespace TriThuc.Testing;

/// <summary>Reading an import's report in tests: where each problem is and why, in the report's order (by row).</summary>
public static class ImportReports
{
    public static List<(int Row, string? Column)> ProblemPlaces(this JsonElement report) =>
        [.. report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))];

    public static List<string?> ProblemReasons(this JsonElement report) =>
        [.. report.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("reason").GetString())];
}
