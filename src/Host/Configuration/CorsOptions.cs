namespace TriThuc.Host.Configuration;

/// <summary>
/// Which browser applications on other origins may call the endpoint (<c>TriThuc:Cors:AllowedOrigins</c>). None by
/// default; in Development, the usual local development servers. Bearer tokens travel in a header, so no cookie or
/// other credential is allowed cross-origin.
/// </summary>
public sealed class CorsOptions
{
    public const string PolicyName = "frontends";

    /// <summary>The development servers frontend teams run (Vite, Create React App, Angular, webpack), on localhost and 127.0.0.1.</summary>
    public static readonly string[] DevelopmentOrigins =
    [
        "http://localhost:5173", "http://127.0.0.1:5173", "http://localhost:3000", "http://127.0.0.1:3000",
        "http://localhost:4200", "http://127.0.0.1:4200", "http://localhost:8080", "http://127.0.0.1:8080",
    ];

    /// <summary>Origins allowed, exactly as a browser sends them (scheme, host, port; no path), e.g. https://bangdieukhien.tuyenquang.gov.vn.</summary>
    public string[]? AllowedOrigins { get; set; }

    public string[] OriginsFor(IHostEnvironment environment) =>
        AllowedOrigins ?? (environment.IsDevelopment() ? DevelopmentOrigins : []);
}
