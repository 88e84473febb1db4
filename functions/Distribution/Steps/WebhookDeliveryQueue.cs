using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Distribution.Webhooks;
using Publishing.Storage;

namespace Publishing.Distribution.Steps;

/// <summary>
/// Puts webhook deliveries on the deliver queue by reference: the payload (which carries the whole text summary,
/// megabytes with long statements) goes to a blob named by its SHA-256 in the state container
/// (<c>webhook-payloads/{hash}.json</c>, shared by every subscription of the same version), and the message carries that
/// name, never the content, so no summary can exceed the 64 KB queue-message limit.
/// </summary>
public sealed class WebhookDeliveryQueue(PublishingStorage storage)
{
    private const string Prefix = "webhook-payloads/";
    private readonly BlobContainerClient _state = storage.Container(storage.Names.State);

    public async Task SendAsync(WebhookDelivery delivery, int attempt, TimeSpan? visibleIn, CancellationToken cancellationToken)
    {
        var reference = delivery.Payload.Length == 0 && delivery.PayloadBlob is { } stored ? stored : await StoreAsync(delivery.Payload, cancellationToken);
        var message = new DeliveryMessage(delivery with { Payload = "", PayloadBlob = reference }, attempt);
        await storage.Queue(storage.Names.DeliverQueue).SendMessageAsync(message.ToJson(), visibleIn, cancellationToken: cancellationToken);
    }

    /// <summary>The delivery with its payload read back (messages queued before payloads went by reference carry it inline).</summary>
    public async Task<WebhookDelivery> ResolveAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.PayloadBlob is not { } name) return delivery;
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
            throw new InvalidDataException($"'{name}' is not a webhook payload reference.");
        try
        {
            var content = await _state.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return delivery with { Payload = content.Value.Content.ToString() };
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new InvalidDataException($"The payload {name} of delivery {delivery.MessageId} is not stored.", e);
        }
    }

    private async Task<string> StoreAsync(string payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        var name = Prefix + Convert.ToHexStringLower(SHA256.HashData(bytes)) + ".json";
        try
        {
            await _state.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(bytes), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Named by its content: an existing blob of this name holds these bytes already.
        }
        return name;
    }
}
