using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Net.Http.Headers;

namespace TriThuc.Host.Security;

/// <summary>
/// Headers every answer carries unless its handler chose otherwise: no MIME sniffing, no referrer, and
/// <c>Cache-Control: no-store</c> (GraphQL answers, exports and import reports carry personal data; built files set
/// their own caching). An HTML page without a policy of its own gets one that allows nothing. Behind TLS (the proxy
/// says so in X-Forwarded-Proto) browsers are told to use HTTPS only.
/// </summary>
internal static class SecurityHeaders
{
    public const string FallbackHtmlPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>
    /// Trusts X-Forwarded-For and X-Forwarded-Proto from the proxies on loopback only (nginx on the same machine, as
    /// in deploy/), so that the caller's address (rate limits, logs) and HTTPS are the real ones.
    /// </summary>
    public static void UseForwardedHeaders(WebApplication app) =>
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        });

    public static void Use(WebApplication app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers.TryAdd("Referrer-Policy", "no-referrer");
                headers.TryAdd(HeaderNames.CacheControl, "no-store");
                if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.TryAdd(HeaderNames.ContentSecurityPolicy, FallbackHtmlPolicy);
                }

                if (http.Request.IsHttps)
                {
                    headers[HeaderNames.StrictTransportSecurity] = StrictTransportSecurity;
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
}
