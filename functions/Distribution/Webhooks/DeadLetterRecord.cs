namespace Publishing.Distribution.Webhooks;

/// <summary>What is kept after the last attempt failed: the delivery itself (for replay) and every attempt.</summary>
public sealed record DeadLetterRecord(WebhookDelivery Delivery, DateTimeOffset At, string Reason, IReadOnlyList<DeliveryAttempt> Attempts);
