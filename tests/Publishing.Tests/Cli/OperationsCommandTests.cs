using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Publishing.Distribution.Stored;
using Publishing.Distribution.Webhooks;
using Publishing.Hosting.Queues;
using Publishing.Reading;
using Publishing.Reports;
using Publishing.Storage;
using Publishing.Summaries.Issuing;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Cli;

/// <summary>
/// The operations commands run as a user runs them, against Azurite. They work on the storage's real (unprefixed)
/// names, so this class is the only user of those names in the test run.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class OperationsCommandTests(AzuriteFixture azurite)
{
    private PublishingStorage Storage() => new(new StorageOptions { ConnectionString = azurite.ConnectionString });

    private PublishingProcess.Outcome Run(params string[] args) =>
        PublishingProcess.Run(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = null }, "", [.. args, "--storage", azurite.ConnectionString]);

    [Fact]
    public async Task PoisonListAndReplay_ShowTheReasonAndPutTheMessageBack()
    {
        var storage = Storage();
        await storage.EnsureCreatedAsync();
        var poison = storage.Queue(StorageNames.PoisonQueueOf(storage.Names.PublishQueue));
        await poison.ClearMessagesAsync();
        await storage.Queue(storage.Names.PublishQueue).ClearMessagesAsync();
        var original = new PublishRequest("northmoor-2025-11-14", 3).ToJson();
        await poison.SendMessageAsync(new PoisonEnvelope(storage.Names.PublishQueue, original, "InvalidOperationException: summary missing", 5, DateTimeOffset.UnixEpoch, "m1").ToJson());

        var list = Run("poison", "list", "--queue", "publish-summary");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("summary missing", list.Stdout);

        var replay = Run("poison", "replay", "--queue", "publish-summary");
        Assert.Equal(0, replay.ExitCode);
        Assert.Equal(0, (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        var back = (await storage.Queue(storage.Names.PublishQueue).ReceiveMessageAsync()).Value;
        Assert.Equal(original, back.Body.ToString());
    }

    [Fact]
    public async Task DeliveriesRedeliver_QueuesADeadLetterAgainFromTheFirstAttempt()
    {
        var storage = Storage();
        await storage.EnsureCreatedAsync();
        await storage.Queue(storage.Names.DeliverQueue).ClearMessagesAsync();
        var delivery = new WebhookDelivery { SubscriptionId = "sub_test", EntryId = "tag:x,2026:summary/northmoor-2025-11-14", Version = 1, Payload = "{}", AvailableFrom = DateTimeOffset.UnixEpoch };
        var store = new BlobDeliveryStore(storage);
        await store.AddDeadLetterAsync(new DeadLetterRecord(delivery, DateTimeOffset.UnixEpoch, "receiver down", []), CancellationToken.None);

        var listed = Run("deliveries", "dead-letters");
        Assert.Contains(delivery.MessageId, listed.Stdout);
        Assert.Contains("receiver down", listed.Stdout);

        var redeliver = Run("deliveries", "redeliver", "--id", delivery.MessageId);
        Assert.Equal(0, redeliver.ExitCode);
        Assert.Empty(await store.ListDeadLettersAsync(CancellationToken.None));
        var queued = Publishing.Distribution.Steps.DeliveryMessage.Parse((await storage.Queue(storage.Names.DeliverQueue).ReceiveMessageAsync()).Value.Body.ToString());
        Assert.Equal(delivery.Key, queued.Delivery!.Key);
        Assert.Equal(1, queued.Attempt);
    }

    [Fact]
    public async Task Reprocess_QueuesARecordedReportForComposition_AndNamesAnUnknownOne()
    {
        var storage = Storage();
        await storage.EnsureCreatedAsync();
        await storage.Queue(storage.Names.ComposeQueue).ClearMessagesAsync();
        var records = new ReportRecordStore(storage);
        var pdf = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", "reports", "northmoor-2025-11-14.pdf"));
        var queue = new ComposeQueue(storage, new FakeTimeProvider());
        await new ReportArrival(new ReportReader(), records, queue, new ReadAttempts(storage, new ReportReaderOptions(), TimeProvider.System), new Publishing.Approval.HeldDocumentStore(storage), new ReportBlobSource(storage, new ReportReaderOptions()),
                new Publishing.Reports.Provenance.ProvenanceOptions(), new FakeTimeProvider(), NullLogger<ReportArrival>.Instance)
            .HandleAsync("northmoor-2025-11-14.pdf", pdf, CancellationToken.None, source: new Publishing.Reports.Provenance.ReportSource("ofsted", null, Trusted: true));
        await storage.Queue(storage.Names.ComposeQueue).ClearMessagesAsync();

        var run = Run("reprocess", "northmoor-2025-11-14", "nowhere-2020-01-01");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("northmoor-2025-11-14: queued", run.Stdout);
        Assert.Contains("nowhere-2020-01-01: no such report", run.Stderr);
        var message = ComposeRequest.Parse((await storage.Queue(storage.Names.ComposeQueue).ReceiveMessageAsync()).Value.Body.ToString());
        Assert.Equal(("northmoor-2025-11-14", "reprocess"), (message.ReportId, message.Reason));
    }
}
