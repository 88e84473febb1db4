using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Publishing.Cli;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;
using Publishing.Storage;

namespace Publishing.Distribution.Stored;

/// <summary>Subscriptions in a storage table, one row each, the record held as JSON (the webhook secret only sealed).</summary>
public sealed class TableSubscriptionStore(PublishingStorage storage) : ISubscriptionDirectory
{
    private const string Partition = "sub";
    private readonly TableClient _table = storage.Table(storage.Names.SubscriptionsTable);

    public async Task AddAsync(Subscription subscription, CancellationToken cancellationToken) =>
        await _table.AddEntityAsync(ToEntity(subscription), cancellationToken);

    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(ToEntity(subscription), TableUpdateMode.Replace, cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var response = await _table.DeleteEntityAsync(Partition, id, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    public async Task<Subscription?> GetAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, subscriptionId, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? FromEntity(entity) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<Subscription>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
            all.Add(FromEntity(entity));
        return all.OrderBy(s => s.CreatedAt).ToList();
    }

    public async Task DisableAsync(string subscriptionId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await GetAsync(subscriptionId, cancellationToken) is { } subscription)
            await SaveAsync(subscription with { DisabledAt = at, DisabledReason = reason }, cancellationToken);
    }

    private static TableEntity ToEntity(Subscription subscription) => new(Partition, subscription.Id)
    {
        ["Json"] = JsonSerializer.Serialize(subscription, JsonOutput.Compact),
        ["Owner"] = subscription.OwnerBodyName,
    };

    private static Subscription FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<Subscription>(entity.GetString("Json"), JsonOutput.Compact) ?? throw new InvalidDataException($"Subscription {entity.RowKey} is empty.");
}
