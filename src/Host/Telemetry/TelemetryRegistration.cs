using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TriThuc.Host.Telemetry;

/// <summary>
/// OpenTelemetry when configured (<see cref="TelemetryOptions"/>): traces of HTTP requests, GraphQL operations, EF Core
/// statements and outgoing HTTP calls; metrics of requests, GraphQL operations and errors, and the runtime; exported
/// by OTLP and/or served at <c>/metrics</c> for Prometheus.
/// </summary>
internal static class TelemetryRegistration
{
    public const string ScrapePath = "/metrics";

    public static void AddPlatformTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        if (!options.Enabled)
        {
            return;
        }

        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        var protocol = Enum.Parse<OtlpExportProtocol>(options.OtlpProtocol, ignoreCase: true);
        // Over HTTP the exporter posts to the address as given, so each signal gets its path; gRPC takes the base address.
        Action<OtlpExporterOptions> Otlp(string signalPath) => exporter =>
        {
            exporter.Protocol = protocol;
            exporter.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(otlp!, signalPath) : otlp!;
        };

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(options.ServiceName));
        telemetry.WithTracing(tracing =>
        {
            tracing.AddSource(PlatformTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments(ScrapePath))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation();
            if (otlp is not null)
            {
                tracing.AddOtlpExporter(Otlp("v1/traces"));
            }
        });
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(PlatformTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation();
            if (otlp is not null)
            {
                metrics.AddOtlpExporter(Otlp("v1/metrics"));
            }

            if (options.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }
        });
    }

    public static void MapPlatformTelemetry(this WebApplication app, TelemetryOptions options)
    {
        if (options.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath);
        }
    }
}
