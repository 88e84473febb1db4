using Microsoft.Extensions.Time.Testing;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Distribution.Webhooks;

/// <summary>
/// Issue 17 item 9: the circuit breaker was shared per host:port, so one body's failing endpoint held back another
/// body's pushes to the same host for minutes. Breakers are per subscription.
/// </summary>
public sealed class CircuitPerSubscriptionTests
{
    [Fact]
    public async Task OneSubscriptionsOpenCircuit_DoesNotBlockAnotherSubscriptionOnTheSameHost()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var harness = new SenderHarness(time, SenderHarness.QuickBreaker(TimeSpan.FromMinutes(4)));
        await using var sharedHost = await LoopbackReceiver.StartAsync();
        var (failingBody, _) = harness.Subscribe(new Uri(sharedHost.Url + "?body=a"));
        var (otherBody, _) = harness.Subscribe(new Uri(sharedHost.Url + "?body=b"));
        var entries = new[] { SenderHarness.Entry("Northmoor"), SenderHarness.Entry("Eastbridge"), SenderHarness.Entry("Southvale") };

        sharedHost.ThenAnswer = new(500);
        var toFailing = new List<AttemptOutcome>();
        foreach (var entry in entries) toFailing.Add((await harness.Sender.DeliverAsync(WebhookDelivery.For(failingBody, entry), 1)).Attempt!.Outcome);
        Assert.Equal([AttemptOutcome.Rejected, AttemptOutcome.Rejected, AttemptOutcome.CircuitOpen], toFailing);

        sharedHost.ThenAnswer = new(200);
        var other = await harness.Sender.DeliverAsync(WebhookDelivery.For(otherBody, entries[0]), 1);

        Assert.Equal(DeliveryStatus.Delivered, other.Status);
        Assert.Equal(3, sharedHost.Requests.Count);
    }
}
