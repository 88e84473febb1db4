using Azure;
using Azure.Storage.Blobs.Models;
using Publishing.Reading;
using Publishing.Reports.Provenance;
using Publishing.Storage;

namespace Publishing.Reports;

/// <summary>Reads report PDFs from the reports container by name, within the reader's size limit.</summary>
public sealed class ReportBlobSource(PublishingStorage storage, ReportReaderOptions limits)
{
    public async Task<byte[]?> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            // One byte past the limit is enough for the reader to refuse the blob as too large; the rest stays in storage.
            var range = new HttpRange(0, limits.MaxBytes + 1);
            var content = await storage.Container(storage.Names.Reports).GetBlobClient(name).DownloadContentAsync(new BlobDownloadOptions { Range = range }, cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Where the blob says it came from (its metadata); unlabelled if it has none or is gone.</summary>
    public async Task<ReportSource> SourceAsync(string name, ProvenanceOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await storage.Container(storage.Names.Reports).GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken);
            return SourceMetadata.Read(properties.Value.Metadata, options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return SourceMetadata.Read(null, options);
        }
    }
}
