using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Storage;

namespace Publishing.Statements.Storage;

/// <summary>
/// Remembers which statement an <c>Idempotency-Key</c> produced, per submitting body, with a hash of the request so a
/// reused key with a different body can be refused. The reservation is a blob created with If-None-Match:*, so two
/// concurrent retries agree on one statement id.
/// </summary>
public sealed class IdempotencyStore(PublishingStorage storage)
{
    private readonly BlobContainerClient _container = storage.Container(storage.Names.State);

    public sealed record Reservation(string StatementId, string RequestHash);

    /// <summary>Reserves the key for a statement id, or returns the reservation that already holds it.</summary>
    public async Task<(bool Created, Reservation Reservation)> ReserveAsync(
        string bodyName, string idempotencyKey, Reservation proposed, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(PathOf(bodyName, idempotencyKey));
        try
        {
            await blob.UploadAsync(
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(proposed, StatementJson.Options)),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
            return (true, proposed);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await blob.DownloadContentAsync(cancellationToken);
            var reservation = existing.Value.Content.ToObjectFromJson<Reservation>(StatementJson.Options)
                ?? throw new InvalidDataException("Empty idempotency record.");
            return (false, reservation);
        }
    }

    public static string HashOf(string canonicalRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    private static string PathOf(string bodyName, string key) =>
        $"idempotency/{HashOf(bodyName)[..16]}/{HashOf(key)}.json";
}
