using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Publishing.Reports;
using Publishing.Storage;

namespace Publishing.Hosting.Local;

/// <summary>
/// On one machine, stands in for the Event Grid blob trigger (Azurite raises no events): lists the reports container
/// every <see cref="Interval"/> and hands each new or changed blob (by name and ETag) to <see cref="ReportArrival"/>.
/// Blobs already there at start are processed too; <see cref="ReportArrival"/> makes repeats no-ops.
/// </summary>
public sealed class ReportsContainerWatcher(PublishingStorage storage, ReportArrival arrival, ILogger<ReportsContainerWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, Azure.ETag> _seen = new(StringComparer.Ordinal);

    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var container = storage.Container(storage.Names.Reports);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions(), stoppingToken))
                {
                    if (_seen.TryGetValue(blob.Name, out var etag) && etag == blob.Properties.ETag) continue;
                    using var scope = LogScopes.Invocation(logger, Guid.NewGuid().ToString(), "ReportBlobCreated");
                    var content = await container.GetBlobClient(blob.Name).DownloadContentAsync(stoppingToken);
                    await arrival.HandleAsync(blob.Name, content.Value.Content.ToArray(), stoppingToken);
                    _seen[blob.Name] = blob.Properties.ETag ?? default;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Watching the reports container failed; retrying: {Error}", e.Message);
            }
            try { await Task.Delay(Interval, stoppingToken); } catch (OperationCanceledException) { }
        }
    }
}
