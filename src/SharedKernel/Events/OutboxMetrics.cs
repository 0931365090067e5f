using System.Diagnostics.Metrics;
using TriThuc.SharedKernel.Telemetry;

namespace TriThuc.SharedKernel.Events;

/// <summary>
/// How far behind the outbox is, under the platform's meter: the time from an event's publication to its
/// delivery to every handler, and the deliveries that failed and wait for a retry, by event type.
/// </summary>
internal static class OutboxMetrics
{
    private static readonly Meter Meter = new(PlatformMeter.Name);

    public static readonly Histogram<double> Lag = Meter.CreateHistogram<double>(
        "trithuc.outbox.lag", "s", "From an integration event's publication to its delivery to every handler, by event type.");

    public static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "trithuc.outbox.failures", "{delivery}", "Deliveries of integration events that failed and will be retried, by event type.");
}
