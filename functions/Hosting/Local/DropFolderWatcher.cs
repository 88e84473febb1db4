using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Publishing.Storage;

namespace Publishing.Hosting.Local;

/// <summary>
/// Uploads PDFs put in a local folder to the reports container, then moves them to <c>uploaded/</c> beside it, so
/// dropping a file in a folder is the same as publishing it to storage. Each upload is labelled as coming from the drop
/// folder (blob metadata), which <c>serve</c> trusts by default.
/// </summary>
public sealed class DropFolderWatcher(PublishingStorage storage, string folder, ILogger<DropFolderWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(folder);
        var uploaded = Path.Combine(folder, "uploaded");
        Directory.CreateDirectory(uploaded);
        logger.LogInformation("Drop report PDFs into {Folder}", Path.GetFullPath(folder));
        var container = storage.Container(storage.Names.Reports);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.pdf"))
            {
                try
                {
                    if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) < TimeSpan.FromMilliseconds(300)) continue; // still being written
                    await using (var stream = File.OpenRead(file))
                        await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(stream, new Azure.Storage.Blobs.Models.BlobUploadOptions
                        {
                            Metadata = new Dictionary<string, string> { [Reports.Provenance.SourceMetadata.SourceKey] = Reports.Provenance.SourceMetadata.DropFolder },
                        }, stoppingToken);
                    File.Move(file, Path.Combine(uploaded, Path.GetFileName(file)), overwrite: true);
                    logger.LogInformation("Uploaded {File} to the reports container", Path.GetFileName(file));
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("Could not upload {File}; will retry: {Error}", Path.GetFileName(file), e.Message);
                }
            }
            try { await Task.Delay(500, stoppingToken); } catch (OperationCanceledException) { }
        }
    }
}
