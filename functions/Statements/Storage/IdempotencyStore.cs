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
/// concurrent retries agree on one statement id. A key holds for <see cref="Window"/>; after that it may be used again
/// for a new statement (the blobs themselves are deleted by the storage account's lifecycle policy, infra/storage.bicep).
/// </summary>
public sealed class IdempotencyStore(PublishingStorage storage, TimeProvider time)
{
    /// <summary>How long a key holds: a retry within it returns the first statement, as the IETF draft
    /// "The Idempotency-Key HTTP Header Field" and most APIs that take the header do (24 hours).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly BlobContainerClient _container = storage.Container(storage.Names.State);

    /// <param name="ReservedAt">When the key was reserved; null in reservations written before keys expired, which hold
    /// until the lifecycle policy deletes them.</param>
    public sealed record Reservation(string StatementId, string RequestHash, DateTimeOffset? ReservedAt = null);

    /// <summary>Reserves the key for a statement id, or returns the reservation that already holds it within the window.</summary>
    public async Task<(bool Created, Reservation Reservation)> ReserveAsync(
        string bodyName, string idempotencyKey, Reservation proposed, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(PathOf(bodyName, idempotencyKey));
        proposed = proposed with { ReservedAt = time.GetUtcNow() };
        var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(proposed, StatementJson.Options));
        // Each pass either writes, or finds a reservation that holds; a race (an expired one renewed, or deleted, by
        // someone else in between) sends it round again, and there are only so many of those.
        for (var attempt = 0; ; attempt++)
        {
            if (await TryWriteAsync(blob, content, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken)) return (true, proposed);
            Response<BlobDownloadResult> existing;
            try
            {
                existing = await blob.DownloadContentAsync(cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404 && attempt < 3)
            {
                continue;
            }
            var reservation = existing.Value.Content.ToObjectFromJson<Reservation>(StatementJson.Options)
                ?? throw new InvalidDataException("Empty idempotency record.");
            var expired = reservation.ReservedAt is { } at && time.GetUtcNow() - at >= Window;
            if (!expired || attempt >= 3) return (false, reservation);
            if (await TryWriteAsync(blob, content, new BlobRequestConditions { IfMatch = existing.Value.Details.ETag }, cancellationToken)) return (true, proposed);
        }
    }

    private static async Task<bool> TryWriteAsync(BlobClient blob, BinaryData content, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(content, new BlobUploadOptions { Conditions = conditions }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public static string HashOf(string canonicalRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    private static string PathOf(string bodyName, string key) =>
        $"idempotency/{HashOf(bodyName)[..16]}/{HashOf(key)}.json";
}
