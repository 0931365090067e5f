using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TriThuc.Host.Telemetry;

/// <summary>
/// The platform's own spans and instruments, under the platform's one name (<see cref="SharedKernel.Telemetry.PlatformMeter"/>). With no listener (telemetry off), starting a
/// span returns null and recording a measurement returns at once.
/// </summary>
public static class PlatformTelemetry
{
    public const string Name = SharedKernel.Telemetry.PlatformMeter.Name;

    /// <summary>The longest operation name kept as a tag; longer or missing names are grouped, so that callers cannot grow the series without bound.</summary>
    private const int MaxOperationNameLength = 64;

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Operations = Meter.CreateCounter<long>(
        "trithuc.graphql.operations", "{operation}", "GraphQL operations executed, by operation name, type and outcome.");

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "trithuc.graphql.operation.duration", "s", "How long a GraphQL operation took to execute, by operation name and type.");

    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "trithuc.graphql.errors", "{error}", "Errors in GraphQL answers, by error code.");

    public static readonly Counter<long> ImportRows = Meter.CreateCounter<long>(
        "trithuc.import.rows", "{row}", "Rows read by file imports, by module, kind and outcome (applied, refused, dry_run).");

    public static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>(
        "trithuc.import.duration", "s", "How long a file import took, by module and kind; with trithuc.import.rows, the rows per second.");

    public static readonly Counter<long> RateLimited = Meter.CreateCounter<long>(
        "trithuc.rate_limited", "{request}", "Requests refused with 429, by bucket (user or address).");

    /// <summary>One import's rows and time, tagged so that the series stay few: modules and kinds come from code, not from callers.</summary>
    public static void RecordImport(string module, string kind, SharedKernel.Imports.ImportReport report, TimeSpan elapsed)
    {
        var outcome = report.Applied ? "applied" : report.DryRun && !report.HasProblems ? "dry_run" : "refused";
        ImportRows.Add(report.Rows, new("module", module), new("kind", kind), new("outcome", outcome));
        ImportDuration.Record(elapsed.TotalSeconds, new("module", module), new("kind", kind));
    }

    public static string OperationTag(string? operationName) =>
        string.IsNullOrEmpty(operationName) ? "(anonymous)" : operationName.Length > MaxOperationNameLength ? "(long name)" : operationName;
}
