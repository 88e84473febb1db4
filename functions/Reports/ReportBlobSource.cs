using Azure;
using Publishing.Storage;

namespace Publishing.Reports;

/// <summary>Reads report PDFs from the reports container by name, within the reader's size limit.</summary>
public sealed class ReportBlobSource(PublishingStorage storage)
{
    public async Task<byte[]?> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Container(storage.Names.Reports).GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
