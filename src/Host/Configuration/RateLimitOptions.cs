namespace TriThuc.Host.Configuration;

/// <summary>
/// How many requests a caller may send (<c>TriThuc:RateLimits</c>): a bucket per signed-in user, and one per
/// address for callers without a valid token (anonymous, or a bad token). A request past the bucket gets 429.
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>A signed-in user: a web page sends a few requests at once, an import script a steady stream.</summary>
    public RequestBucket PerUser { get; set; } = new() { RequestsPerSecond = 30, Burst = 300 };

    /// <summary>An address without a valid token (behind nginx, the caller's own, from X-Forwarded-For).</summary>
    public RequestBucket PerAddress { get; set; } = new() { RequestsPerSecond = 10, Burst = 100 };
}

public sealed class RequestBucket
{
    /// <summary>Requests a second the bucket refills, a caller's steady rate.</summary>
    public int RequestsPerSecond { get; set; }

    /// <summary>Most requests a caller may send at once, after a quiet spell.</summary>
    public int Burst { get; set; }
}
