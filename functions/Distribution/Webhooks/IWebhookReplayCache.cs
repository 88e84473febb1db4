namespace Publishing.Distribution.Webhooks;

/// <summary>Remembers webhook ids already accepted. Use a shared store (e.g. a table or Redis) when the receiver runs on several instances.</summary>
public interface IWebhookReplayCache
{
    /// <summary>Records <paramref name="messageId"/> until <paramref name="keepUntil"/>; false when it was already recorded.</summary>
    bool TryRecord(string messageId, DateTimeOffset keepUntil);
}
