using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Distribution.Webhooks;

/// <summary>
/// A receiver down for hours, driven the way the deliver queue drives the sender: one attempt per message, the next
/// message visible after the returned delay, on a simulated clock. It keeps retrying through the first hour, then
/// dead-letters with every attempt kept; nothing is lost and nothing is sent after.
/// </summary>
public sealed class ReceiverDownForAnHourTests
{
    [Fact]
    public async Task DeliverAsync_ReceiverDownForHours_RetriesThroughTheHourThenDeadLettersWithEveryAttempt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 14, 9, 0, 0, TimeSpan.Zero));
        var options = new WebhookSenderOptions { MaxAttempts = 8, BreakerMinimumThroughput = 1000 }; // defaults: 30 s doubling, 6 h cap
        using var harness = new SenderHarness(time, options);
        var (subscription, _) = harness.Subscribe(new Uri($"http://127.0.0.1:{ClosedPort()}/hook"));
        var delivery = WebhookDelivery.For(subscription, SenderHarness.Entry());
        var started = time.GetUtcNow();

        var attempt = 1;
        WebhookDeliveryResult result;
        var statusAfterAnHour = DeliveryStatus.Pending;
        while (true)
        {
            result = await harness.Sender.DeliverAsync(delivery, attempt);
            if (!result.ShouldRetry) break;
            time.Advance(result.NextVisibleIn!.Value);
            if (time.GetUtcNow() - started <= TimeSpan.FromHours(1)) statusAfterAnHour = result.Status;
            attempt = result.NextAttemptNumber!.Value;
        }

        Assert.Equal(DeliveryStatus.Pending, statusAfterAnHour);
        Assert.True(time.GetUtcNow() - started > TimeSpan.FromHours(1), $"dead-lettered after only {time.GetUtcNow() - started}");
        Assert.Equal(DeliveryStatus.DeadLettered, result.Status);
        var deadLetter = Assert.Single(harness.Store.DeadLetters);
        Assert.Equal(Enumerable.Range(1, 8), deadLetter.Attempts.Select(a => a.Number));
        Assert.All(deadLetter.Attempts, a => Assert.Equal(AttemptOutcome.TransportError, a.Outcome));

        var again = await harness.Sender.DeliverAsync(delivery, 1); // a stray repeat of the first message
        Assert.False(again.ShouldRetry);
        Assert.Single(harness.Store.DeadLetters);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
