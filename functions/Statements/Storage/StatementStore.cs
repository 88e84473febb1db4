using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Storage;

namespace Publishing.Statements.Storage;

/// <summary>
/// Statements in blob storage, one immutable blob per revision: <c>{reportId}/{statementId}/r0001.json</c>.
/// Revisions are created with If-None-Match:*, so nothing is ever overwritten and two concurrent edits cannot both
/// win; the latest revision is the statement's current state and the rest are its history.
/// </summary>
public sealed class StatementStore(PublishingStorage storage)
{
    private readonly BlobContainerClient _container = storage.Container(storage.Names.Statements);

    /// <summary>Stores a new revision. False if that revision already exists (someone else wrote it first).</summary>
    public async Task<bool> TryAddRevisionAsync(StatementRecord record, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(RevisionPath(record.ReportId, record.Id, record.Revision));
        try
        {
            await blob.UploadAsync(
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(record, StatementJson.Options)),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    Metadata = new Dictionary<string, string> { [BodyMetadata] = BodyTag(record.Body.Name) },
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409 || e.ErrorCode == "BlobAlreadyExists")
        {
            return false;
        }
    }

    /// <summary>The current state of a statement, or null if there is none.</summary>
    public async Task<StatementRecord?> GetAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var history = await GetHistoryAsync(statementId, cancellationToken);
        return history.Count == 0 ? null : history[^1];
    }

    /// <summary>One revision of a statement, or null if it is not stored.</summary>
    public async Task<StatementRecord?> GetRevisionAsync(string reportId, string statementId, int revision, CancellationToken cancellationToken = default)
    {
        try
        {
            return await DownloadAsync(RevisionPath(reportId, statementId, revision), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Every revision of a statement, oldest first.</summary>
    public async Task<IReadOnlyList<StatementRecord>> GetHistoryAsync(string statementId, CancellationToken cancellationToken = default)
    {
        var reportId = StatementIds.ReportIdOf(statementId);
        if (reportId is null) return [];
        var revisions = new List<StatementRecord>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{reportId}/{statementId}/" }, cancellationToken))
            revisions.Add(await DownloadAsync(item.Name, cancellationToken));
        return revisions.OrderBy(r => r.Revision).ToList();
    }

    /// <summary>The current state of every statement held for a report, in arrival order.</summary>
    public async Task<IReadOnlyList<StatementRecord>> ListForReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = reportId + "/" }, cancellationToken))
        {
            var parts = item.Name.Split('/');
            if (parts.Length != 3 || parts[0] != reportId) continue;
            if (!latest.TryGetValue(parts[1], out var current) || string.CompareOrdinal(parts[2], current.Split('/')[2]) > 0)
                latest[parts[1]] = item.Name;
        }
        // Bounded: a report with thousands of statements must not open thousands of storage requests at once.
        var records = new System.Collections.Concurrent.ConcurrentBag<StatementRecord>();
        await Parallel.ForEachAsync(latest.Values, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (name, token) => records.Add(await DownloadAsync(name, token)));
        return records.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// How many statements a body has submitted for a report, withdrawn ones included, from one listing (each
    /// revision carries its body's tag as metadata; statements stored before the tag was written are not counted).
    /// </summary>
    public async Task<int> CountByBodyAsync(string reportId, string bodyName, CancellationToken cancellationToken = default)
    {
        var tag = BodyTag(bodyName);
        var count = 0;
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = reportId + "/", Traits = BlobTraits.Metadata }, cancellationToken))
            if (item.Name.EndsWith("/r0001.json", StringComparison.Ordinal) && item.Metadata.TryGetValue(BodyMetadata, out var value) && value == tag)
                count++;
        return count;
    }

    private const string BodyMetadata = "bodytag";

    // Metadata is ASCII: the body's name goes in as a hash.
    private static string BodyTag(string bodyName) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(bodyName)))[..32];

    private async Task<StatementRecord> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        var content = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToObjectFromJson<StatementRecord>(StatementJson.Options)
            ?? throw new InvalidDataException($"Statement blob {name} is empty.");
    }

    internal static string RevisionPath(string reportId, string statementId, int revision) =>
        $"{reportId}/{statementId}/r{revision:D4}.json";
}
