using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Publishing.Storage;

namespace Publishing.Summaries.Context;

/// <summary>
/// A release imported with <c>publishing outcomes import</c> into the app's storage (the <c>state</c> container), where a
/// local <c>serve</c> and the Functions handler both read it: a newer release needs no redeploy. Read again only when the
/// blob's ETag changes.
/// </summary>
public sealed class StoredOutcomes(PublishingStorage storage)
{
    public const string BlobName = "outcomes/" + CompactOutcomesFormat.FileName;

    private (ETag ETag, OutcomesData Data)? _cached;

    public async Task WriteAsync(OutcomesData data, CancellationToken cancellationToken)
    {
        var text = new StringWriter();
        CompactOutcomesFormat.Write(data, text);
        var container = storage.Container(storage.Names.State);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await container.GetBlobClient(BlobName).UploadAsync(BinaryData.FromString(text.ToString()),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/tab-separated-values; charset=utf-8" } }, cancellationToken);
    }

    /// <summary>The imported release, or null when none has been imported.</summary>
    public async Task<OutcomesData?> ReadAsync(CancellationToken cancellationToken)
    {
        var blob = storage.Container(storage.Names.State).GetBlobClient(BlobName);
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            if (_cached is { } held && held.ETag == properties.Value.ETag) return held.Data;
            var content = await blob.DownloadContentAsync(cancellationToken);
            var data = CompactOutcomesFormat.Read(new MemoryStream(content.Value.Content.ToArray()), BlobName);
            _cached = (content.Value.Details.ETag, data);
            return data;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The newer of two releases by their "as at" date; on a tie the imported one.</summary>
    public static OutcomesData Newest(OutcomesData configured, OutcomesData? imported) =>
        imported is not null && imported.Release.AsAt >= configured.Release.AsAt ? imported : configured;
}
