using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Webhooks;

/// <summary>What the sender needs from subscription storage: the current record, and a way to disable it on 410 Gone.</summary>
public interface ISubscriptionDirectory
{
    Task<Subscription?> GetAsync(string subscriptionId, CancellationToken cancellationToken);
    Task DisableAsync(string subscriptionId, string reason, DateTimeOffset at, CancellationToken cancellationToken);
}
