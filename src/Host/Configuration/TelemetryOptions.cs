namespace TriThuc.Host.Configuration;

/// <summary>
/// Traces and metrics (<c>TriThuc:Telemetry</c>). Off unless an OTLP endpoint or the Prometheus scrape endpoint is
/// configured: then nothing is registered at all, so an unobserved host pays nothing for it.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>Where traces and metrics are sent by OTLP (e.g. <c>http://collector:4317</c>, or <c>…:4318</c> with <see cref="OtlpProtocol"/> <c>HttpProtobuf</c>).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (default) or <c>HttpProtobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>Serve metrics for Prometheus to scrape at <c>/metrics</c> (unauthenticated: expose it to the monitoring network only).</summary>
    public bool Prometheus { get; set; }

    /// <summary>The service name traces and metrics carry; one per deployment, the same on every host of it.</summary>
    public string ServiceName { get; set; } = "trithuc";

    public bool Enabled => !string.IsNullOrWhiteSpace(OtlpEndpoint) || Prometheus;
}
