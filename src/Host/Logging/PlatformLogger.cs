using Serilog;
using Serilog.Events;

namespace TriThuc.Host.Logging;

/// <summary>
/// The host's Serilog logger: console and a daily rolling file, each line tagged with the module and
/// the request id ("-" outside a request). Levels come from the "Serilog" configuration section.
/// </summary>
internal static class PlatformLogger
{
    private const string ConsoleTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] [{Module}] [{RequestId}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    private const string FileTemplate =
        "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] [{Module}] [{RequestId}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static Serilog.Core.Logger Create(IConfiguration configuration, string contentRoot, ModuleLogEnricher moduleEnricher)
    {
        var logFolder = Path.GetFullPath(configuration["TriThuc:LogPath"] ?? "logs", contentRoot);
        return new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.With(moduleEnricher)
            .Enrich.WithProperty("RequestId", "-")
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(logFolder, "trithuc-.log"),
                outputTemplate: FileTemplate,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                fileSizeLimitBytes: 100_000_000,
                rollOnFileSizeLimit: true,
                shared: true)
            .CreateLogger();
    }
}
