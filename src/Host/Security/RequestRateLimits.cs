using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TriThuc.Host.Security;

/// <summary>
/// A token bucket per signed-in user (the token's subject) and one per address for everyone else, bad tokens
/// included, so that a flood of requests or of guessed tokens is refused with 429 and <c>Retry-After</c> before it
/// costs a database query. Health checks and metrics are not limited: monitoring polls them.
/// </summary>
internal static class RequestRateLimits
{
    public const string Message = "Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy đợi vài giây (xem Retry-After) rồi thử lại.";

    public static void AddServices(IServiceCollection services, RateLimitOptions options)
    {
        if (!options.Enabled)
        {
            return;
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options));
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, rejected.Lease, cancellationToken);
        });
    }

    public static void Use(WebApplication app, RateLimitOptions options)
    {
        if (options.Enabled)
        {
            app.UseRateLimiter();
        }
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions options)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics"))
        {
            return RateLimitPartition.GetNoLimiter("monitoring");
        }

        if (http.User.Identity?.IsAuthenticated == true && http.User.FindFirst("sub")?.Value is { Length: > 0 } subject)
        {
            return Bucket("user:" + subject, options.PerUser);
        }

        return Bucket("address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), options.PerAddress);
    }

    private static RateLimitPartition<string> Bucket(string key, RequestBucket bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, bucket.Burst),
            TokensPerPeriod = Math.Max(1, bucket.RequestsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        Telemetry.PlatformTelemetry.RateLimited.Add(1, new KeyValuePair<string, object?>("bucket", http.User.Identity?.IsAuthenticated == true ? "user" : "address"));
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await ErrorResponse.WriteAsync(http.Response, ErrorCodes.RateLimited, Message, StatusCodes.Status429TooManyRequests);
    }
}
