namespace Publishing.Distribution.Webhooks;

/// <summary>
/// The wait before the next attempt: exponential (base × 2^(n−1), capped) with "equal jitter" (half fixed, half
/// random) so endpoints recovering from an outage are not hit by every sender at once. A Retry-After from the
/// receiver wins when given (capped at the maximum), since the receiver knows when it will be back.
/// </summary>
public sealed class RetryBackoff(WebhookSenderOptions options, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;

    public TimeSpan After(int failedAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero) return asked < options.MaxDelay ? asked : options.MaxDelay;
        var exponent = Math.Min(failedAttempt - 1, 30);
        var ceiling = Math.Min(options.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling / 2 + _random.NextDouble() * ceiling / 2);
    }
}
