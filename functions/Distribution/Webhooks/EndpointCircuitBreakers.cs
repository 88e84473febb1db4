using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace Publishing.Distribution.Webhooks;

/// <summary>
/// One Polly pipeline per subscription: a circuit breaker around a per-attempt timeout, so one dead subscriber stops
/// being called without slowing deliveries to anyone else. Per subscription, not per host: two bodies' receivers on
/// one shared host (a webhook relay, say) must not hold each other's pushes back when one of them fails. Breaker state
/// lives in this process; with several instances each breaks on its own, which only costs a few extra calls to a dead endpoint.
/// </summary>
public sealed class EndpointCircuitBreakers(WebhookSenderOptions options, TimeProvider time)
{
    private readonly ResiliencePipelineRegistry<string> _registry = new(new ResiliencePipelineRegistryOptions<string>());

    public ResiliencePipeline<HttpResponseMessage> For(string subscriptionId) =>
        _registry.GetOrAddPipeline<HttpResponseMessage>(subscriptionId, builder =>
        {
            builder.TimeProvider = time;
            builder
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
                {
                    FailureRatio = options.BreakerFailureRatio,
                    MinimumThroughput = options.BreakerMinimumThroughput,
                    SamplingDuration = options.BreakerSamplingDuration,
                    BreakDuration = options.BreakerBreakDuration,
                    ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                        .Handle<HttpRequestException>()
                        .Handle<TimeoutRejectedException>()
                        .HandleResult(IsEndpointFailure),
                })
                .AddTimeout(options.AttemptTimeout);
        });

    // Only answers that say the endpoint itself is unwell count against its circuit; a 4xx is about this message.
    private static bool IsEndpointFailure(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
