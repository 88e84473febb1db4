using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Publishing.Storage;

namespace Publishing.Hosting.Queues;

/// <summary>
/// On one machine (<c>publishing serve</c> without the Functions host) this does what the host's queue trigger does:
/// polls each step's queue, runs the step, deletes the message on success, and backs off before a retry. Up to
/// <see cref="Concurrency"/> messages of a step run at once, each on its own: a slow one (a receiver that takes its
/// whole timeout) holds one slot, and the next message is fetched as soon as any slot frees, never after a whole batch.
/// </summary>
public sealed class LocalQueueProcessor(
    PublishingStorage storage, IEnumerable<IQueueStep> steps, QueueStepRunner runner, ILogger<LocalQueueProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);

    /// <summary>Messages of one step in flight at once (the Functions host's default batch size).</summary>
    public int Concurrency { get; init; } = 16;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(steps.Select(step => PollAsync(step, stoppingToken)));

    private async Task PollAsync(IQueueStep step, CancellationToken stoppingToken)
    {
        var queue = storage.Queue(step.QueueName(storage.Names));
        var idle = TimeSpan.FromMilliseconds(50);
        var running = new HashSet<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveWhere(task => task.IsCompleted);
            if (running.Count >= Concurrency)
            {
                await Task.WhenAny(running);
                continue;
            }
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(Math.Min(32, Concurrency - running.Count), Visibility, stoppingToken)).Value;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Cannot poll {Queue}: {Error}", queue.Name, e.Message);
                await Delay(TimeSpan.FromSeconds(2), stoppingToken);
                continue;
            }
            if (messages.Length == 0)
            {
                await Delay(idle, stoppingToken);
                idle = TimeSpan.FromMilliseconds(Math.Min(200, idle.TotalMilliseconds * 2));
                continue;
            }
            idle = TimeSpan.FromMilliseconds(50);
            foreach (var message in messages) running.Add(HandleAsync(step, queue, message, stoppingToken));
        }
        try { await Task.WhenAll(running); } catch (Exception) when (stoppingToken.IsCancellationRequested) { }
    }

    private async Task HandleAsync(IQueueStep step, Azure.Storage.Queues.QueueClient queue, QueueMessage message, CancellationToken stoppingToken)
    {
        var delivery = new QueueDelivery(message.MessageId, (int)message.DequeueCount, Guid.NewGuid().ToString());
        try
        {
            await runner.RunAsync(step, message.Body.ToString(), delivery, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var backoff = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, message.DequeueCount)));
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: backoff, cancellationToken: stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Could not reschedule a message on {Queue}; it reappears after its visibility timeout: {Error}", queue.Name, e.Message);
            }
        }
    }

    private static async Task Delay(TimeSpan delay, CancellationToken token)
    {
        try { await Task.Delay(delay, token); } catch (OperationCanceledException) { }
    }
}
