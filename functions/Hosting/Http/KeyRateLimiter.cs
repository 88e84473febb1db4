using System.Threading.RateLimiting;

namespace Publishing.Hosting.Http;

/// <summary>A token bucket per submitting body: <see cref="RateLimitOptions.PermitsPerSecond"/> sustained, bursts up to <see cref="RateLimitOptions.Burst"/>.</summary>
public sealed class KeyRateLimiter(RateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(body =>
        RateLimitPartition.GetTokenBucketLimiter(body, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Burst,
            TokensPerPeriod = options.PermitsPerSecond >= 10 ? options.PermitsPerSecond / 10 : 1,
            ReplenishmentPeriod = options.PermitsPerSecond >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1.0 / Math.Max(1, options.PermitsPerSecond)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null if the request may proceed, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string body)
    {
        using var lease = _limiter.AttemptAcquire(body);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}

public sealed record RateLimitOptions
{
    public int PermitsPerSecond { get; init; } = 20;
    public int Burst { get; init; } = 40;
}
