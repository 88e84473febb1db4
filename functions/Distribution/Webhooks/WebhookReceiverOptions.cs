namespace Publishing.Distribution.Webhooks;

public sealed class WebhookReceiverOptions
{
    /// <summary>How far a message's timestamp may be from the receiver's clock, either way.</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);
}
