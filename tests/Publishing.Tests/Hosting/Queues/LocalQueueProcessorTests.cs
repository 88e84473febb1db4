using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Publishing.Hosting.Queues;
using Publishing.Storage;

namespace Publishing.Tests.Hosting.Queues;

/// <summary>
/// Issue 17 item 9: the local processor waited for the slowest message of each batch of 16, so one slow receiver
/// delayed every other delivery. Messages now proceed independently.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class LocalQueueProcessorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SlowMessage_DoesNotHoldBackTheMessagesReceivedWithIt_NorThoseAfter()
    {
        var storage = new PublishingStorage(azurite.NewStorage());
        await storage.EnsureCreatedAsync();
        var step = new GatedStep();
        var queue = storage.Queue(step.QueueName(storage.Names));
        await queue.SendMessageAsync("slow");
        for (var i = 0; i < 24; i++) await queue.SendMessageAsync($"fast-{i}");
        var processor = new LocalQueueProcessor(storage, [step], new QueueStepRunner(storage, TimeProvider.System, NullLogger<QueueStepRunner>.Instance), NullLogger<LocalQueueProcessor>.Instance);

        await processor.StartAsync(CancellationToken.None);
        try
        {
            var allFast = await step.AllFastDone.Task.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(t => t.IsCompletedSuccessfully);
            Assert.True(allFast, $"only {step.FastDone.Count} of 24 fast messages were handled while one slow message was still running");
            Assert.False(step.SlowReleased.Task.IsCompleted);
        }
        finally
        {
            step.SlowReleased.TrySetResult();
            await processor.StopAsync(CancellationToken.None);
        }
    }

    private sealed class GatedStep : IQueueStep
    {
        public TaskCompletionSource SlowReleased { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource AllFastDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ConcurrentBag<string> FastDone { get; } = [];
        public string FunctionName => "DeliverWebhook";
        public string QueueName(StorageNames names) => names.DeliverQueue;

        public async Task HandleAsync(string message, QueueDelivery delivery, CancellationToken cancellationToken)
        {
            if (message == "slow")
            {
                await SlowReleased.Task.WaitAsync(cancellationToken);
                return;
            }
            FastDone.Add(message);
            if (FastDone.Distinct().Count() == 24) AllFastDone.TrySetResult();
        }
    }
}
