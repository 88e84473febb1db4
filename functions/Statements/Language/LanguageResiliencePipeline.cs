using Azure;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Publishing.Statements.Language;

/// <summary>
/// The Polly pipeline around one classification by the service: a circuit breaker outside a timeout, so that timeouts
/// count as failures. No retry strategy: Azure.Core already retries transient failures (see
/// <see cref="ThrottleAwareRetryPolicy"/>) and stacking both would multiply the attempts.
/// </summary>
public static class LanguageResiliencePipeline
{
    public static ResiliencePipeline Build(LanguageResilienceOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = new PredicateBuilder()
                    .Handle<RequestFailedException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<HttpRequestException>(),
            })
            .AddTimeout(options.Timeout)
            .Build();
    }
}
