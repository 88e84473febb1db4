using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;
using Publishing.Storage;

namespace Publishing.Distribution.Stored;

/// <summary>Subscriptions as JSON blobs in the state container (<c>subscriptions/{id}.json</c>); the webhook secret only sealed.</summary>
public sealed class BlobSubscriptionStore(PublishingStorage storage) : ISubscriptionDirectory
{
    private readonly JsonBlobs _subscriptions = new(storage.Container(storage.Names.State), "subscriptions/");

    public Task AddAsync(Subscription subscription, CancellationToken cancellationToken) =>
        _subscriptions.TryCreateAsync(subscription.Id + ".json", subscription, cancellationToken);

    public Task SaveAsync(Subscription subscription, CancellationToken cancellationToken) =>
        _subscriptions.PutAsync(subscription.Id + ".json", subscription, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => _subscriptions.DeleteAsync(id + ".json", cancellationToken);

    public Task<Subscription?> GetAsync(string subscriptionId, CancellationToken cancellationToken) =>
        subscriptionId.Length > 100 || !subscriptionId.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? Task.FromResult<Subscription?>(null)
            : _subscriptions.GetAsync<Subscription>(subscriptionId + ".json", cancellationToken);

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken) =>
        (await _subscriptions.ListAsync<Subscription>(cancellationToken)).OrderBy(s => s.CreatedAt).ToList();

    public async Task DisableAsync(string subscriptionId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await GetAsync(subscriptionId, cancellationToken) is { } subscription)
            await SaveAsync(subscription with { DisabledAt = at, DisabledReason = reason }, cancellationToken);
    }
}
