using Azure.Core;
using Azure.Core.Pipeline;

namespace Publishing.Statements.Language;

/// <summary>
/// Azure.Core's retry, made modest for a classifier that has a local fallback: transient failures (408, 500, 502, 503,
/// 504, network errors) get <c>maxRetries</c> quick retries, but 429 is not retried. A throttled resource says so with
/// Retry-After, which Azure.Core would honour however long it is; waiting inside one statement's time budget only
/// turns the 429 into a timeout. Answering from the local rules at once, and letting the circuit breaker back off,
/// costs less. This is the only retry layer: the Polly pipeline around the classifier adds timeout and circuit breaking.
/// </summary>
internal sealed class ThrottleAwareRetryPolicy(int maxRetries, TimeSpan delay, TimeSpan maxDelay)
    : RetryPolicy(maxRetries, DelayStrategy.CreateExponentialDelayStrategy(delay, maxDelay))
{
    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        message.HasResponse && message.Response.Status == 429 ? false : base.ShouldRetry(message, exception);

    protected override ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        message.HasResponse && message.Response.Status == 429 ? ValueTask.FromResult(false) : base.ShouldRetryAsync(message, exception);
}
