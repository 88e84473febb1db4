namespace Publishing.Distribution.Webhooks;

/// <summary>
/// What one <see cref="WebhookSender.DeliverAsync"/> call did, and what the queue should do next: when
/// <see cref="NextAttemptNumber"/> is set, enqueue the same delivery with that attempt number, invisible for
/// <see cref="NextVisibleIn"/>; otherwise the delivery is finished (<see cref="Status"/>).
/// </summary>
public sealed record WebhookDeliveryResult(DeliveryStatus Status, DeliveryAttempt? Attempt, int? NextAttemptNumber, TimeSpan? NextVisibleIn, string Detail)
{
    public bool ShouldRetry => NextAttemptNumber is not null;
}
