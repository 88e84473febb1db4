using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Cli;
using Publishing.Reading;
using Publishing.Storage;

namespace Publishing.Reports;

/// <summary>
/// Report records in blob storage: <c>{reportId}/r0001.json</c>, one immutable blob per revision, plus markers in the
/// state container that map a blob's identity and content hash to what it produced (so a repeated event is a no-op)
/// and explained read failures.
/// </summary>
public sealed class ReportRecordStore(PublishingStorage storage)
{
    private readonly BlobContainerClient _records = storage.Container(storage.Names.Records);
    private readonly BlobContainerClient _state = storage.Container(storage.Names.State);

    public async Task<ReportRecord?> GetLatestAsync(string reportId, CancellationToken cancellationToken = default)
    {
        string? latest = null;
        await foreach (var item in _records.GetBlobsAsync(new GetBlobsOptions { Prefix = reportId + "/" }, cancellationToken))
            if (latest is null || string.CompareOrdinal(item.Name, latest) > 0) latest = item.Name;
        return latest is null ? null : await DownloadAsync<ReportRecord>(_records, latest, cancellationToken);
    }

    /// <summary>Whether any record of the report is held (one listing call; nothing is downloaded).</summary>
    public async Task<bool> ExistsAsync(string reportId, CancellationToken cancellationToken = default)
    {
        await foreach (var _ in _records.GetBlobsAsync(new GetBlobsOptions { Prefix = reportId + "/" }, cancellationToken)) return true;
        return false;
    }

    /// <summary>The latest record of every report, read once per revision and then served from memory (revisions never change).</summary>
    public async Task<IReadOnlyList<ReportRecord>> ListLatestAsync(CancellationToken cancellationToken = default)
    {
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in _records.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var id = item.Name.Split('/')[0];
            if (!latest.TryGetValue(id, out var name) || string.CompareOrdinal(item.Name, name) > 0) latest[id] = item.Name;
        }
        var records = new List<ReportRecord>();
        foreach (var name in latest.Values.Order(StringComparer.Ordinal))
        {
            if (!_cache.TryGet(name, out var record))
                _cache.Set(name, record = await DownloadAsync<ReportRecord>(_records, name, cancellationToken));
            records.Add(record);
        }
        return records;
    }

    private readonly Hosting.Caching.BoundedCache<string, ReportRecord> _cache = new(maxEntries: 20_000, comparer: StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> ListReportIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var item in _records.GetBlobsAsync(cancellationToken: cancellationToken))
            ids.Add(item.Name.Split('/')[0]);
        return ids.ToList();
    }

    /// <summary>Every report recorded for a council, newest publication first (the pipeline's own history).</summary>
    public async Task<IReadOnlyList<ReportRecord>> ListForCouncilAsync(string councilKey, CancellationToken cancellationToken = default)
    {
        var records = new List<ReportRecord>();
        foreach (var id in await ListReportIdsAsync(cancellationToken))
            if (id.StartsWith(councilKey + "-", StringComparison.Ordinal) && id.Length == councilKey.Length + 11
                && await GetLatestAsync(id, cancellationToken) is { } record)
                records.Add(record);
        return records.OrderByDescending(r => r.ReportId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Stores a revision; false if it exists already (a concurrent duplicate got there first).</summary>
    public Task<bool> TryAddAsync(ReportRecord record, CancellationToken cancellationToken = default) =>
        TryCreateAsync(_records, $"{record.ReportId}/r{record.Revision:D4}.json", record, cancellationToken);

    /// <summary>What a blob with this content already produced, if it was processed before.</summary>
    public Task<BlobOutcome?> GetOutcomeAsync(string blobName, string contentHash, CancellationToken cancellationToken = default) =>
        DownloadIfExistsAsync<BlobOutcome>(_state, OutcomePath(blobName, contentHash), cancellationToken);

    public Task SaveOutcomeAsync(string blobName, string contentHash, BlobOutcome outcome, CancellationToken cancellationToken = default) =>
        TryCreateAsync(_state, OutcomePath(blobName, contentHash), outcome, cancellationToken);

    private static string OutcomePath(string blobName, string contentHash) =>
        $"blobs/{Uri.EscapeDataString(blobName)}/{contentHash}.json";

    private static async Task<bool> TryCreateAsync<T>(BlobContainerClient container, string name, T value, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(name).UploadAsync(
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(value, JsonOutput.Compact)),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private static async Task<T?> DownloadIfExistsAsync<T>(BlobContainerClient container, string name, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await DownloadAsync<T>(container, name, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static async Task<T> DownloadAsync<T>(BlobContainerClient container, string name, CancellationToken cancellationToken)
    {
        var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToObjectFromJson<T>(JsonOutput.Compact) ?? throw new InvalidDataException($"Blob {name} is empty.");
    }
}

/// <summary>What processing one blob (by name and content hash) produced: a report record, an explained failure, or a
/// document held for approval (<see cref="HeldAs"/>, the held document's id).</summary>
public sealed record BlobOutcome(string? ReportId, int? Revision, ReadFailure? Failure, DateTimeOffset At, string? HeldAs = null);
