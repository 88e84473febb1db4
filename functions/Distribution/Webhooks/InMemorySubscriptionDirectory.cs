using System.Collections.Concurrent;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Webhooks;

public sealed class InMemorySubscriptionDirectory(IEnumerable<Subscription> subscriptions) : ISubscriptionDirectory
{
    private readonly ConcurrentDictionary<string, Subscription> _subscriptions =
        new(subscriptions.Select(s => KeyValuePair.Create(s.Id, s)), StringComparer.Ordinal);

    public IEnumerable<Subscription> All => _subscriptions.Values;

    public Task<Subscription?> GetAsync(string subscriptionId, CancellationToken cancellationToken) =>
        Task.FromResult(_subscriptions.GetValueOrDefault(subscriptionId));

    public Task DisableAsync(string subscriptionId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _subscriptions.AddOrUpdate(subscriptionId,
            _ => throw new KeyNotFoundException($"No subscription {subscriptionId}."),
            (_, s) => s with { DisabledAt = at, DisabledReason = reason });
        return Task.CompletedTask;
    }
}
