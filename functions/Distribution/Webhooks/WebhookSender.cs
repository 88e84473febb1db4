using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Webhooks;

/// <summary>
/// Pushes a <see cref="WebhookDelivery"/>, signed per Standard Webhooks, through the subscription's Polly pipeline
/// (<see cref="EndpointCircuitBreakers"/>).
/// <para>Queue mode: <see cref="DeliverAsync"/> makes exactly one attempt and says when the next one is due, so a
/// queue message drives each attempt and a restart loses nothing. It is idempotent on (subscription, summary
/// version): a finished delivery is never sent again, and every attempt of one delivery carries the same
/// webhook-id for receivers to dedupe.</para>
/// <para>In-process mode: <see cref="DeliverWithRetriesAsync"/> runs the same attempts under a Polly retry strategy
/// whose delays are the ones queue mode would have used.</para>
/// 2xx delivers; 410 Gone disables the subscription; anything else (or no answer) is retried with
/// <see cref="RetryBackoff"/>, honouring Retry-After, until <see cref="WebhookSenderOptions.MaxAttempts"/>, after which
/// a <see cref="DeadLetterRecord"/> keeps every attempt. An open circuit costs no attempt.
/// </summary>
public sealed class WebhookSender(
    HttpClient http,
    ISubscriptionDirectory subscriptions,
    IDeliveryStore store,
    SecretProtector protector,
    EndpointCircuitBreakers breakers,
    RetryBackoff backoff,
    WebhookSenderOptions options,
    TimeProvider time)
{
    public async Task<WebhookDeliveryResult> DeliverAsync(WebhookDelivery delivery, int attemptNumber, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptNumber, 1);
        var record = await store.GetAsync(delivery.Key, cancellationToken)
            ?? new DeliveryRecord(delivery.Key, delivery.SubscriptionId, delivery.MessageId, DeliveryStatus.Pending, []);
        if (record.IsFinished) return new(record.Status, null, null, null, $"Already {record.Status.ToString().ToLowerInvariant()}; nothing sent.");

        var now = time.GetUtcNow();
        if (delivery.AvailableFrom > now)
            return new(DeliveryStatus.Pending, null, attemptNumber, delivery.AvailableFrom - now, "Embargoed until " + delivery.AvailableFrom.ToString("O", CultureInfo.InvariantCulture) + ".");

        var subscription = await subscriptions.GetAsync(delivery.SubscriptionId, cancellationToken);
        if (subscription?.WebhookUrl is null || subscription.ProtectedWebhookSecret is null || !subscription.IsActive)
        {
            var why = subscription is null ? "the subscription no longer exists"
                : subscription.WebhookUrl is null ? "the subscription has no webhook"
                : subscription.Paused ? "the subscription is paused"
                : $"the subscription is disabled ({subscription.DisabledReason})";
            await store.SaveAsync(record with { Status = DeliveryStatus.Abandoned }, cancellationToken);
            return new(DeliveryStatus.Abandoned, null, null, null, $"Not sent: {why}.");
        }

        var (attempt, retryAfter) = await AttemptAsync(delivery, subscription, attemptNumber, cancellationToken);
        var attempts = record.Attempts.Append(attempt).ToList();

        switch (attempt.Outcome)
        {
            case AttemptOutcome.Accepted:
                await store.SaveAsync(record with { Status = DeliveryStatus.Delivered, Attempts = attempts }, cancellationToken);
                return new(DeliveryStatus.Delivered, attempt, null, null, attempt.Detail);
            case AttemptOutcome.Gone:
                await subscriptions.DisableAsync(subscription.Id, "The endpoint answered 410 Gone.", attempt.At, cancellationToken);
                await store.SaveAsync(record with { Status = DeliveryStatus.Abandoned, Attempts = attempts }, cancellationToken);
                return new(DeliveryStatus.Abandoned, attempt, null, null, "410 Gone: subscription disabled.");
            case AttemptOutcome.CircuitOpen:
                await store.SaveAsync(record with { Attempts = attempts }, cancellationToken);
                return new(DeliveryStatus.Pending, attempt, attemptNumber, retryAfter ?? options.BreakerBreakDuration, attempt.Detail);
        }

        if (attemptNumber >= options.MaxAttempts)
        {
            var reason = $"No success after {attemptNumber} attempts; last: {attempt.Detail}";
            await store.SaveAsync(record with { Status = DeliveryStatus.DeadLettered, Attempts = attempts }, cancellationToken);
            await store.AddDeadLetterAsync(new DeadLetterRecord(delivery, attempt.At, reason, attempts), cancellationToken);
            return new(DeliveryStatus.DeadLettered, attempt, null, null, reason);
        }
        await store.SaveAsync(record with { Attempts = attempts }, cancellationToken);
        return new(DeliveryStatus.Pending, attempt, attemptNumber + 1, backoff.After(attemptNumber, retryAfter), attempt.Detail);
    }

    /// <summary>Runs attempts until the delivery finishes, waiting (on the injected clock) as queue mode would.</summary>
    public async Task<WebhookDeliveryResult> DeliverWithRetriesAsync(WebhookDelivery delivery, CancellationToken cancellationToken = default)
    {
        var next = 1;
        var pipeline = new ResiliencePipelineBuilder<WebhookDeliveryResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<WebhookDeliveryResult>
            {
                MaxRetryAttempts = int.MaxValue, // DeliverAsync ends the sequence itself (MaxAttempts, then dead letter).
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.ShouldRetry == true),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.NextVisibleIn),
            })
            .Build();
        return await pipeline.ExecuteAsync(async ct =>
        {
            var result = await DeliverAsync(delivery, next, ct);
            next = result.NextAttemptNumber ?? next;
            return result;
        }, cancellationToken);
    }

    private async Task<(DeliveryAttempt Attempt, TimeSpan? RetryAfter)> AttemptAsync(
        WebhookDelivery delivery, Subscription subscription, int number, CancellationToken cancellationToken)
    {
        var url = subscription.WebhookUrl!;
        var key = WebhookSecret.ToKey(protector.Unprotect(subscription.ProtectedWebhookSecret!, subscription.Id));
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await breakers.For(subscription.Id).ExecuteAsync(async ct =>
            {
                var body = Encoding.UTF8.GetBytes(delivery.Payload);
                var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.Add(WebhookHeaders.Id, delivery.MessageId);
                request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add(WebhookHeaders.Signature, WebhookSigner.Sign(key, delivery.MessageId, timestamp, body));
                request.Headers.UserAgent.ParseAdd(options.UserAgent);
                return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            }, cancellationToken);

            var status = (int)response.StatusCode;
            var outcome = response.IsSuccessStatusCode ? AttemptOutcome.Accepted
                : response.StatusCode == HttpStatusCode.Gone ? AttemptOutcome.Gone
                : AttemptOutcome.Rejected;
            var retryAfter = RetryAfter(response, time.GetUtcNow());
            var detail = $"HTTP {status}" + (retryAfter is { } ra ? $", Retry-After {ra.TotalSeconds:0} s" : "");
            return (new DeliveryAttempt(number, started, outcome, status, clock.Elapsed, detail), retryAfter);
        }
        catch (BrokenCircuitException e)
        {
            return (new DeliveryAttempt(number, started, AttemptOutcome.CircuitOpen, null, clock.Elapsed,
                $"Circuit open for subscription {subscription.Id} ({url.GetLeftPart(UriPartial.Authority)}); not called."), e.RetryAfter);
        }
        catch (TimeoutRejectedException)
        {
            return (new DeliveryAttempt(number, started, AttemptOutcome.Timeout, null, clock.Elapsed,
                $"No answer within {options.AttemptTimeout.TotalSeconds:0.#} s."), null);
        }
        catch (HttpRequestException e)
        {
            return (new DeliveryAttempt(number, started, AttemptOutcome.TransportError, null, clock.Elapsed, e.Message), null);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > now => date - now,
        _ => null,
    };
}
