using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Storage;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// Every version of every summary, each in all four forms: <c>{reportId}/v0001/summary.{json,html,md,txt}</c>. The
/// JSON is written last with If-None-Match:*, so it marks a complete version and two concurrent composes cannot both
/// issue the same version number. Versions are never overwritten.
/// </summary>
public sealed class SummaryVersionStore(PublishingStorage storage)
{
    private readonly BlobContainerClient _container = storage.Container(storage.Names.Summaries);

    public async Task<PressSummary?> GetLatestAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var versions = await ListVersionsAsync(reportId, cancellationToken);
        return versions.Count == 0 ? null : await GetAsync(reportId, versions[^1], cancellationToken);
    }

    public async Task<PressSummary?> GetAsync(string reportId, int version, CancellationToken cancellationToken = default)
    {
        var form = await GetFormAsync(reportId, version, "json", cancellationToken);
        return form is null ? null : JsonSerializer.Deserialize<PressSummary>(form.Value.Content, JsonSummaryRenderer.Options);
    }

    /// <summary>One stored form of a version, with its ETag and time, or null.</summary>
    public async Task<StoredForm?> GetFormAsync(string reportId, int version, string extension, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await _container.GetBlobClient(PathOf(reportId, version, extension)).DownloadContentAsync(cancellationToken);
            return new StoredForm(content.Value.Content.ToArray(), content.Value.Details.ETag, content.Value.Details.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Version numbers held for a report, ascending.</summary>
    public async Task<IReadOnlyList<int>> ListVersionsAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var versions = new List<int>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = reportId + "/v" }, cancellationToken))
        {
            var parts = item.Name.Split('/');
            if (parts.Length == 3 && parts[2] == "summary.json" && int.TryParse(parts[1].AsSpan(1), out var version)) versions.Add(version);
        }
        versions.Sort();
        return versions;
    }

    /// <summary>Report ids with at least one summary version.</summary>
    public async Task<IReadOnlyList<string>> ListReportIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        await foreach (var item in _container.GetBlobsByHierarchyAsync(new GetBlobsByHierarchyOptions { Delimiter = "/" }, cancellationToken))
            if (item.IsPrefix) ids.Add(item.Prefix.TrimEnd('/'));
        return ids;
    }

    /// <summary>Writes a version in every form. False if that version number was taken by a concurrent compose.</summary>
    public async Task<bool> TryAddAsync(PressSummary summary, CancellationToken cancellationToken = default)
    {
        ISummaryRenderer? json = null;
        foreach (var renderer in SummaryRenderers.All)
        {
            if (renderer.Format == "json") { json = renderer; continue; }
            await Upload(renderer, overwrite: true);
        }
        try
        {
            await Upload(json!, overwrite: false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }

        async Task Upload(ISummaryRenderer renderer, bool overwrite) =>
            await _container.GetBlobClient(PathOf(summary.ReportId, summary.Version, renderer.FileExtension)).UploadAsync(
                BinaryData.FromBytes(Encoding.UTF8.GetBytes(renderer.Render(summary))),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = SummaryMediaTypes.Of(renderer.FileExtension) },
                    Conditions = overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                cancellationToken);
    }

    public static string PathOf(string reportId, int version, string extension) => $"{reportId}/v{version:D4}/summary.{extension}";
}

public readonly record struct StoredForm(byte[] Content, ETag ETag, DateTimeOffset LastModified);
