using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Distribution.Webhooks;

public class WebhookSenderTests
{
    [SkippableFact]
    public async Task DeliverAsync_LoopbackReceiver_SignatureVerifiedByReferenceImplementation()
    {
        Skip.IfNot(ReferenceVerifier.Available, ReferenceVerifier.Missing);
        using var harness = new SenderHarness(TimeProvider.System);
        await using var receiver = await LoopbackReceiver.StartAsync();
        var (subscription, secret) = harness.Subscribe(receiver.Url);
        var entry = SenderHarness.Entry();

        var result = await harness.Sender.DeliverAsync(WebhookDelivery.For(subscription, entry), 1);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var request = Assert.Single(receiver.Requests);
        var signedHeaders = request.Headers.Where(h => h.Key.StartsWith("webhook-", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal((0, "verified"), await ReferenceVerifier.VerifyAsync(secret, signedHeaders, request.Body));
        Assert.Equal((1, "No matching signature found"), await ReferenceVerifier.VerifyAsync(WebhookSecret.Generate(), signedHeaders, request.Body));
        var data = JsonDocument.Parse(request.Body).RootElement.GetProperty("data");
        Assert.Equal(entry.ReportId, data.GetProperty("reportId").GetString());
        Assert.Equal(entry.Links.ReportPdf.AbsoluteUri, data.GetProperty("links").GetProperty("report").GetString());
        Assert.StartsWith("application/json", request.Headers["content-type"]);
    }

    [Fact]
    public async Task DeliverWithRetriesAsync_ReceiverFailsThreeTimesThenSucceeds_ExactlyOneAcceptedDelivery()
    {
        using var harness = new SenderHarness(TimeProvider.System);
        await using var receiver = await LoopbackReceiver.StartAsync(new(500), new(502), new(503));
        var (subscription, secret) = harness.Subscribe(receiver.Url);
        receiver.Verifier = new WebhookReceiver(secret, TimeProvider.System);
        var delivery = WebhookDelivery.For(subscription, SenderHarness.Entry());

        var result = await harness.Sender.DeliverWithRetriesAsync(delivery);
        var rerunWhole = await harness.Sender.DeliverWithRetriesAsync(delivery);
        var rerunQueueMessage = await harness.Sender.DeliverAsync(delivery, 2);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Equal(DeliveryStatus.Delivered, rerunWhole.Status);
        Assert.Null(rerunQueueMessage.Attempt);
        Assert.Equal([500, 502, 503, 204], receiver.Requests.Select(r => r.AnsweredWith));
        Assert.Equal(1, receiver.AcceptedCount);
        Assert.Single(receiver.Requests.Select(r => r.Headers[WebhookHeaders.Id]).Distinct());
        var record = (await harness.Store.GetAsync(delivery.Key, default))!;
        Assert.Equal([1, 2, 3, 4], record.Attempts.Select(a => a.Number));
        Assert.Equal([AttemptOutcome.Rejected, AttemptOutcome.Rejected, AttemptOutcome.Rejected, AttemptOutcome.Accepted], record.Attempts.Select(a => a.Outcome));
    }

    [Fact]
    public async Task DeliverWithRetriesAsync_DeadReceiver_DeadLettersWithEveryAttempt()
    {
        using var harness = new SenderHarness(TimeProvider.System);
        var (subscription, _) = harness.Subscribe(new Uri($"http://127.0.0.1:{ClosedPort()}/hook"));
        var delivery = WebhookDelivery.For(subscription, SenderHarness.Entry());

        var result = await harness.Sender.DeliverWithRetriesAsync(delivery);

        Assert.Equal(DeliveryStatus.DeadLettered, result.Status);
        var deadLetter = Assert.Single(harness.Store.DeadLetters);
        Assert.Equal(delivery, deadLetter.Delivery);
        Assert.Equal([1, 2, 3, 4, 5], deadLetter.Attempts.Select(a => a.Number));
        Assert.All(deadLetter.Attempts, a => Assert.Equal(AttemptOutcome.TransportError, a.Outcome));
        Assert.All(deadLetter.Attempts, a => Assert.Null(a.StatusCode));
        Assert.Equal(DeliveryStatus.DeadLettered, (await harness.Store.GetAsync(delivery.Key, default))!.Status);
    }

    [Fact]
    public async Task DeliverAsync_RetryAfterSeconds_BecomesNextVisibleDelayUpToTheCap()
    {
        var options = SenderHarness.Fast();
        options.MaxDelay = TimeSpan.FromMinutes(10);
        using var harness = new SenderHarness(TimeProvider.System, options);
        await using var receiver = await LoopbackReceiver.StartAsync(
            new LoopbackReceiver.Answer(503, "120"), new LoopbackReceiver.Answer(429, "7"), new LoopbackReceiver.Answer(503, "86400"));
        var (subscription, _) = harness.Subscribe(receiver.Url);
        var delivery = WebhookDelivery.For(subscription, SenderHarness.Entry());

        var first = await harness.Sender.DeliverAsync(delivery, 1);
        var second = await harness.Sender.DeliverAsync(delivery, first.NextAttemptNumber!.Value);

        Assert.Equal((2, TimeSpan.FromSeconds(120)), (first.NextAttemptNumber, first.NextVisibleIn));
        var third = await harness.Sender.DeliverAsync(delivery, second.NextAttemptNumber!.Value);

        Assert.Equal((3, TimeSpan.FromSeconds(7)), (second.NextAttemptNumber, second.NextVisibleIn));
        Assert.Equal((4, TimeSpan.FromMinutes(10)), (third.NextAttemptNumber, third.NextVisibleIn));
        Assert.Equal(503, first.Attempt!.StatusCode);
    }

    [Fact]
    public async Task DeliverWithRetriesAsync_RetryAfterOneSecond_WaitsAtLeastThatLong()
    {
        using var harness = new SenderHarness(TimeProvider.System);
        await using var receiver = await LoopbackReceiver.StartAsync(new LoopbackReceiver.Answer(503, "1"));
        var (subscription, _) = harness.Subscribe(receiver.Url);

        var result = await harness.Sender.DeliverWithRetriesAsync(WebhookDelivery.For(subscription, SenderHarness.Entry()));

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        var times = receiver.Requests.Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        // Without Retry-After the backoff here is 10-20 ms; the upper bound only guards against a hang on a loaded machine.
        Assert.InRange((times[1] - times[0]).TotalMilliseconds, 950, 30_000);
    }

    [Fact]
    public async Task DeliverAsync_FailingEndpoint_OpensItsOwnCircuitOnly()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var harness = new SenderHarness(time, SenderHarness.QuickBreaker(TimeSpan.FromMinutes(1)));
        await using var failing = await LoopbackReceiver.StartAsync();
        await using var healthy = await LoopbackReceiver.StartAsync();
        failing.ThenAnswer = new(500);
        var (toFailing, _) = harness.Subscribe(failing.Url);
        var (toHealthy, _) = harness.Subscribe(healthy.Url);
        var entries = new[] { SenderHarness.Entry("Northmoor"), SenderHarness.Entry("Eastbridge"), SenderHarness.Entry("Southvale") };

        var toFailingResults = new List<WebhookDeliveryResult>();
        foreach (var entry in entries)
        {
            toFailingResults.Add(await harness.Sender.DeliverAsync(WebhookDelivery.For(toFailing, entry), 1));
            Assert.Equal(DeliveryStatus.Delivered, (await harness.Sender.DeliverAsync(WebhookDelivery.For(toHealthy, entry), 1)).Status);
        }

        Assert.Equal([AttemptOutcome.Rejected, AttemptOutcome.Rejected, AttemptOutcome.CircuitOpen], toFailingResults.Select(r => r.Attempt!.Outcome));
        Assert.Equal(2, failing.Requests.Count);
        Assert.Equal(3, healthy.Requests.Count);
        var blocked = toFailingResults[2];
        Assert.Equal(1, blocked.NextAttemptNumber);
        Assert.InRange(blocked.NextVisibleIn!.Value, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));

        time.Advance(TimeSpan.FromSeconds(61));
        var trial = await harness.Sender.DeliverAsync(WebhookDelivery.For(toFailing, entries[2]), 1);

        Assert.Equal(AttemptOutcome.Rejected, trial.Attempt!.Outcome);
        Assert.Equal(3, failing.Requests.Count);
    }

    [Fact]
    public async Task DeliverAsync_ProductionClient_RefusesLoopbackTargetAtConnectTime()
    {
        using var harness = new SenderHarness(TimeProvider.System, allowLoopback: false);
        await using var receiver = await LoopbackReceiver.StartAsync();
        var (subscription, _) = harness.Subscribe(receiver.Url);

        var result = await harness.Sender.DeliverAsync(WebhookDelivery.For(subscription, SenderHarness.Entry()), 1);

        Assert.Equal(AttemptOutcome.TransportError, result.Attempt!.Outcome);
        Assert.Contains("127.0.0.1: it is a loopback address", result.Attempt.Detail);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task DeliverAsync_Gone_DisablesSubscriptionAndStopsFurtherDeliveries()
    {
        using var harness = new SenderHarness(TimeProvider.System);
        await using var receiver = await LoopbackReceiver.StartAsync(new LoopbackReceiver.Answer(410));
        var (subscription, _) = harness.Subscribe(receiver.Url);
        var later = SenderHarness.Entry("Eastbridge");

        var gone = await harness.Sender.DeliverAsync(WebhookDelivery.For(subscription, SenderHarness.Entry()), 1);
        var next = await harness.Sender.DeliverAsync(WebhookDelivery.For(subscription, later), 1);

        Assert.Equal(DeliveryStatus.Abandoned, gone.Status);
        Assert.Null(gone.NextAttemptNumber);
        var stored = (await harness.Directory.GetAsync(subscription.Id, default))!;
        Assert.NotNull(stored.DisabledAt);
        Assert.Contains("410", stored.DisabledReason);
        Assert.Equal(DeliveryStatus.Abandoned, next.Status);
        Assert.Single(receiver.Requests);
        Assert.Empty(DeliveryPlanner.Webhooks(later, harness.Directory.All, TimeProvider.System.GetUtcNow()));
    }

    [Fact]
    public async Task DeliverAsync_EmbargoedDelivery_WaitsForItsInstantWithoutCallingOut()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var harness = new SenderHarness(time);
        await using var receiver = await LoopbackReceiver.StartAsync();
        var (subscription, _) = harness.Subscribe(receiver.Url);
        var release = time.GetUtcNow().AddHours(1);
        var delivery = WebhookDelivery.For(subscription, SenderHarness.Entry(availableFrom: release));

        var early = await harness.Sender.DeliverAsync(delivery, 1);
        time.Advance(early.NextVisibleIn!.Value);
        var onTime = await harness.Sender.DeliverAsync(delivery, early.NextAttemptNumber!.Value);

        Assert.Equal((DeliveryStatus.Pending, 1, TimeSpan.FromHours(1)), (early.Status, early.NextAttemptNumber, early.NextVisibleIn));
        Assert.Null(early.Attempt);
        Assert.Equal(DeliveryStatus.Delivered, onTime.Status);
        Assert.Single(receiver.Requests);
        Assert.Empty(DeliveryPlanner.Webhooks(SenderHarness.Entry(availableFrom: release), [subscription], release.AddTicks(-1)));
    }

    [Fact]
    public async Task Plan_SubscriptionFilters_OnlyMatchingReceiversGetEachSummary()
    {
        using var harness = new SenderHarness(TimeProvider.System);
        await using var byCouncil = await LoopbackReceiver.StartAsync();
        await using var byRegionAndGrade = await LoopbackReceiver.StartAsync();
        await using var reissuesOfGood = await LoopbackReceiver.StartAsync();
        await using var paused = await LoopbackReceiver.StartAsync();
        harness.Subscribe(byCouncil.Url, new SubscriptionFilter { Councils = ["northmoor"] });
        harness.Subscribe(byRegionAndGrade.Url, new SubscriptionFilter { Regions = ["south-east"], Grades = ["requires-improvement-to-be-good", "inadequate"] });
        harness.Subscribe(reissuesOfGood.Url, new SubscriptionFilter { Grades = ["good", "outstanding"], Issues = IssueFilter.ReissuesOnly });
        harness.Subscribe(paused.Url, paused: true);
        var entries = new[]
        {
            SenderHarness.Entry("Northmoor", "North West", "Good"),
            SenderHarness.Entry("Southvale", "South East", "Requires improvement to be good"),
            SenderHarness.Entry("Kentvale", "South East", "Good"),
            SenderHarness.Entry("Eastbridge", "East of England", "Outstanding", version: 2),
        };

        foreach (var entry in entries)
        foreach (var delivery in DeliveryPlanner.Webhooks(entry, harness.Directory.All, TimeProvider.System.GetUtcNow()))
            Assert.Equal(DeliveryStatus.Delivered, (await harness.Sender.DeliverWithRetriesAsync(delivery)).Status);

        Assert.Equal(["northmoor"], CouncilsReceived(byCouncil));
        Assert.Equal(["southvale"], CouncilsReceived(byRegionAndGrade));
        Assert.Equal(["eastbridge"], CouncilsReceived(reissuesOfGood));
        Assert.Empty(paused.Requests);
    }

    private static string[] CouncilsReceived(LoopbackReceiver receiver) =>
        receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("councilKey").GetString()!).ToArray();

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
