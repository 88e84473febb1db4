namespace Publishing.Distribution.Webhooks;

public enum DeliveryStatus
{
    Pending,
    Delivered,
    DeadLettered,
    /// <summary>Stopped without a final failure: the subscription was disabled (410), paused or removed.</summary>
    Abandoned,
}
