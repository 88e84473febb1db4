namespace Publishing.Distribution.Webhooks;

/// <summary>The state of one <see cref="WebhookDelivery"/>, with every attempt so far, keyed by <see cref="WebhookDelivery.Key"/>.</summary>
public sealed record DeliveryRecord(string Key, string SubscriptionId, string MessageId, DeliveryStatus Status, IReadOnlyList<DeliveryAttempt> Attempts)
{
    public bool IsFinished => Status != DeliveryStatus.Pending;
}
