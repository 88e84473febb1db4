using Azure;
using Azure.Storage.Blobs.Models;
using Publishing.Distribution.Feeds;
using Publishing.Hosting;
using Publishing.Storage;

namespace Publishing.Distribution.Stored;

/// <summary>
/// Settles the feeds' tag authority once: the configured one, else the one this deployment minted the first time it
/// wrote a feed (kept in the state container), so feed and entry ids never change when the host name does.
/// </summary>
public sealed class StoredFeedTag(PublishingStorage storage, PublishingHostOptions host, FeedOptions feeds, TimeProvider time)
{
    private const string BlobName = "feeds/tag-authority.txt";
    private volatile bool _settled;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_settled) return;
        var tag = host.FeedTag ?? await StoredOrMintedAsync(cancellationToken);
        feeds.TagAuthority = tag.Authority;
        feeds.TagDate = tag.Date;
        _settled = true;
    }

    private async Task<FeedTag> StoredOrMintedAsync(CancellationToken cancellationToken)
    {
        var blob = storage.Container(storage.Names.State).GetBlobClient(BlobName);
        var minted = FeedTag.Mint(host.PublicBaseUrl, time.GetUtcNow());
        try
        {
            await blob.UploadAsync(BinaryData.FromString(minted.ToString()),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
            return minted;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            var stored = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToString();
            return FeedTag.TryParse(stored, out var tag, out var error)
                ? tag
                : throw new InvalidOperationException($"The stored feed tag authority ({BlobName} in the state container) is unreadable: {error}");
        }
    }
}
