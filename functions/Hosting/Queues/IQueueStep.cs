using Publishing.Storage;

namespace Publishing.Hosting.Queues;

/// <summary>One queue-triggered pipeline step. Steps must be idempotent: every message may be delivered more than once.</summary>
public interface IQueueStep
{
    /// <summary>The Functions function name (folder under functions/app) that runs this step.</summary>
    string FunctionName { get; }
    string QueueName(StorageNames names);
    Task HandleAsync(string message, QueueDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>How a message was delivered: its id, how many times it has been dequeued, and the invocation it runs in.</summary>
public sealed record QueueDelivery(string? MessageId, int DequeueCount, string InvocationId);
