namespace Publishing.Distribution.Webhooks;

/// <summary>The Standard Webhooks header names.</summary>
public static class WebhookHeaders
{
    public const string Id = "webhook-id";
    public const string Timestamp = "webhook-timestamp";
    public const string Signature = "webhook-signature";
}
