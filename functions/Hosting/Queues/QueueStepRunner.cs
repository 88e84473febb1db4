using Microsoft.Extensions.Logging;
using Publishing.Storage;

namespace Publishing.Hosting.Queues;

/// <summary>
/// Runs a step for one message. A failure on the last allowed attempt sends the message to the step's poison queue
/// with the reason and counts as handled, so the message is neither lost nor retried forever; earlier failures are
/// rethrown so the queue (or the Functions host) retries.
/// </summary>
public sealed class QueueStepRunner(PublishingStorage storage, TimeProvider time, ILogger<QueueStepRunner> logger)
{
    /// <summary>The same as host.json's <c>extensions.queues.maxDequeueCount</c>.</summary>
    public int MaxDequeueCount { get; init; } = 5;

    public async Task<StepResult> RunAsync(IQueueStep step, string message, QueueDelivery delivery, CancellationToken cancellationToken)
    {
        using var scope = LogScopes.Invocation(logger, delivery.InvocationId, step.FunctionName);
        using var activity = Telemetry.PipelineTelemetry.Source.StartActivity(step.FunctionName);
        activity?.SetTag("faas.invocation_id", delivery.InvocationId);
        activity?.SetTag("messaging.message.delivery_count", delivery.DequeueCount);
        try
        {
            await step.HandleAsync(message, delivery, cancellationToken);
            return StepResult.Succeeded;
        }
        catch (Exception e) when (delivery.DequeueCount >= MaxDequeueCount && !cancellationToken.IsCancellationRequested)
        {
            var queue = step.QueueName(storage.Names);
            var reason = $"{e.GetType().Name}: {e.Message}";
            var envelope = new PoisonEnvelope(queue, message, reason, delivery.DequeueCount, time.GetUtcNow(), delivery.MessageId);
            await storage.Queue(StorageNames.PoisonQueueOf(queue)).SendMessageAsync(envelope.ToJson(), cancellationToken);
            Telemetry.PipelineTelemetry.StepsPoisoned.Add(1, new KeyValuePair<string, object?>("function", step.FunctionName));
            logger.LogError("{Function} failed {Count} times; message moved to {Queue}-poison: {Reason}", step.FunctionName, delivery.DequeueCount, queue, reason);
            return StepResult.Poisoned;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Telemetry.PipelineTelemetry.StepFailures.Add(1, new KeyValuePair<string, object?>("function", step.FunctionName));
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
            logger.LogWarning("{Function} failed on attempt {Count}; it will be retried: {Reason}", step.FunctionName, delivery.DequeueCount, e.Message);
            throw;
        }
    }
}

public enum StepResult { Succeeded, Poisoned }
