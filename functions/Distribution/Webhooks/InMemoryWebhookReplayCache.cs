namespace Publishing.Distribution.Webhooks;

/// <summary>A single-process replay cache; entries expire once their timestamp could no longer pass the tolerance check.</summary>
public sealed class InMemoryWebhookReplayCache(TimeProvider time) : IWebhookReplayCache
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool TryRecord(string messageId, DateTimeOffset keepUntil)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_seen.Count > 1024)
            {
                foreach (var expired in _seen.Where(kv => kv.Value < now).Select(kv => kv.Key).ToList()) _seen.Remove(expired);
            }
            if (_seen.TryGetValue(messageId, out var until) && until >= now) return false;
            _seen[messageId] = keepUntil;
            return true;
        }
    }
}
