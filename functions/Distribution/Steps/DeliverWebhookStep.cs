using Microsoft.Extensions.Logging;
using Publishing.Distribution.Email;
using Publishing.Distribution.Webhooks;
using Publishing.Hosting.Queues;
using Publishing.Storage;

namespace Publishing.Distribution.Steps;

/// <summary>
/// Makes one delivery attempt per queue message. A retry is a new message, invisible until the backoff (or the
/// receiver's Retry-After) has passed, so a restart between attempts loses nothing; the sender's delivery record
/// makes a repeated message a no-op once the delivery has finished.
/// </summary>
public sealed class DeliverWebhookStep(
    WebhookSender sender, EmailDeliverer emails, EmailConfirmationSender confirmations, PublishingStorage storage, ILogger<DeliverWebhookStep> logger) : IQueueStep
{
    public string FunctionName => "DeliverWebhook";
    public string QueueName(StorageNames names) => names.DeliverQueue;

    public async Task HandleAsync(string message, QueueDelivery delivery, CancellationToken cancellationToken)
    {
        var work = DeliveryMessage.Parse(message);
        if (work.Confirmation is { } confirmation)
        {
            await confirmations.SendAsync(confirmation.SubscriptionId, cancellationToken); // throws on failure, like emails
            return;
        }
        if (work.Email is { } email)
        {
            await emails.DeliverAsync(email, cancellationToken); // throws on failure: the queue retries, then poison with the reason
            return;
        }
        var webhooks = new WebhookDeliveryQueue(storage);
        var result = await sender.DeliverAsync(await webhooks.ResolveAsync(work.Delivery!, cancellationToken), work.Attempt, cancellationToken);
        if (result.ShouldRetry)
            await webhooks.SendAsync(work.Delivery!, result.NextAttemptNumber!.Value, result.NextVisibleIn, cancellationToken);
        logger.LogInformation("Webhook {Delivery} attempt {Attempt}: {Status} ({Detail})", work.Delivery!.MessageId, work.Attempt, result.Status, result.Detail);
    }
}
