namespace Publishing.Distribution.Webhooks;

/// <summary>The outcome of <see cref="WebhookReceiver.Verify(IEnumerable{KeyValuePair{string, string}}, string)"/>, with a reason safe to log.</summary>
public sealed record WebhookVerification(WebhookVerificationStatus Status, string? MessageId, string Reason)
{
    public bool IsValid => Status == WebhookVerificationStatus.Valid;
    /// <summary>True for messages that really came from the sender (new or repeated): answer those with 2xx.</summary>
    public bool IsAuthentic => Status is WebhookVerificationStatus.Valid or WebhookVerificationStatus.Duplicate;
}
