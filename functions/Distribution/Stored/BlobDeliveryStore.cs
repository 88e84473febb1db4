using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Publishing.Cli;
using Publishing.Distribution.Webhooks;
using Publishing.Storage;

namespace Publishing.Distribution.Stored;

/// <summary>
/// Delivery state in the state container: one blob per delivery (its attempts so far and status), and one per
/// dead-lettered delivery with every attempt, so a failed push can be inspected and redelivered.
/// </summary>
public sealed class BlobDeliveryStore(PublishingStorage storage) : IDeliveryStore
{
    private readonly BlobContainerClient _state = storage.Container(storage.Names.State);

    public async Task<DeliveryRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var content = await _state.GetBlobClient(DeliveryPath(key)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<DeliveryRecord>(JsonOutput.Compact);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task SaveAsync(DeliveryRecord record, CancellationToken cancellationToken) =>
        await _state.GetBlobClient(DeliveryPath(record.Key)).UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(record, JsonOutput.Compact)), overwrite: true, cancellationToken);

    public async Task AddDeadLetterAsync(DeadLetterRecord record, CancellationToken cancellationToken) =>
        await _state.GetBlobClient(DeadLetterPath(record.Delivery.Key)).UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(record, JsonOutput.Compact)), overwrite: true, cancellationToken);

    public async Task<IReadOnlyList<DeadLetterRecord>> ListDeadLettersAsync(CancellationToken cancellationToken)
    {
        var records = new List<DeadLetterRecord>();
        await foreach (var item in _state.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "dead-letters/" }, cancellationToken))
        {
            var content = await _state.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
            if (content.Value.Content.ToObjectFromJson<DeadLetterRecord>(JsonOutput.Compact) is { } record) records.Add(record);
        }
        return records;
    }

    /// <summary>Forgets a dead-lettered delivery's state so it can be sent again from attempt one.</summary>
    public async Task ResetAsync(string key, CancellationToken cancellationToken)
    {
        await _state.GetBlobClient(DeliveryPath(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        await _state.GetBlobClient(DeadLetterPath(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];
    private static string DeliveryPath(string key) => $"deliveries/{Hash(key)}.json";
    private static string DeadLetterPath(string key) => $"dead-letters/{Hash(key)}.json";
}
