using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TriThuc.Host.Telemetry;

/// <summary>
/// The platform's own spans and instruments, under the name "TriThuc". With no listener (telemetry off), starting a
/// span returns null and recording a measurement returns at once.
/// </summary>
public static class PlatformTelemetry
{
    public const string Name = "TriThuc";

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

    public static string OperationTag(string? operationName) =>
        string.IsNullOrEmpty(operationName) ? "(anonymous)" : operationName.Length > MaxOperationNameLength ? "(long name)" : operationName;
}
