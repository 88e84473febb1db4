using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Hosting.Caching;
using Publishing.Storage;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;
using Publishing.Summaries.Versioning;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// Every version of every summary as one JSON blob, <c>{reportId}/v0001/summary.json</c>, written with
/// If-None-Match:* so two concurrent composes cannot both issue the same version number; versions are never
/// overwritten. The other forms (html, md, txt) are rendered from it when read and kept in a bounded cache (storing
/// them made every version four copies of every statement); versions stored with their forms are served as stored.
/// Statement texts are stored once, as statement revisions, and referenced (<see cref="StatementReferences"/>).
/// </summary>
public sealed class SummaryVersionStore(PublishingStorage storage, StatementReferences references)
{
    // Blob metadata on a version whose statement texts go by reference (StatementReferences).
    private const string ByReferenceMetadata = "statementtexts";
    private const string ByReference = "by-reference";

    private readonly BlobContainerClient _container = storage.Container(storage.Names.Summaries);
    private readonly BoundedCache<(string Report, int Version, string Extension), StoredForm> _rendered =
        new(maxEntries: 2_000, maxSize: 64L * 1024 * 1024, f => f.Content.Length);

    public async Task<PressSummary?> GetLatestAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var versions = await ListVersionsAsync(reportId, cancellationToken);
        return versions.Count == 0 ? null : await GetAsync(reportId, versions[^1], cancellationToken);
    }

    public async Task<PressSummary?> GetAsync(string reportId, int version, CancellationToken cancellationToken = default)
    {
        var stored = await DownloadAsync(PathOf(reportId, version, "json"), cancellationToken);
        return stored is null ? null : await references.ExpandAsync(Parse(stored.Value.Form), cancellationToken);
    }

    /// <summary>One form of a version, with its ETag and time, or null.</summary>
    public async Task<StoredForm?> GetFormAsync(string reportId, int version, string extension, CancellationToken cancellationToken = default)
    {
        if (_rendered.TryGet((reportId, version, extension), out var kept)) return kept;
        var json = await DownloadAsync(PathOf(reportId, version, "json"), cancellationToken);
        if (json is null) return null;
        if (extension == "json" && !json.Value.ByReference) return json.Value.Form;
        if (extension != "json" && await DownloadAsync(PathOf(reportId, version, extension), cancellationToken) is { } storedForm) return storedForm.Form;
        if (SummaryRenderers.All.FirstOrDefault(r => r.FileExtension == extension) is not { } renderer) return null;
        var summary = await references.ExpandAsync(Parse(json.Value.Form), cancellationToken);
        var bytes = Encoding.UTF8.GetBytes(renderer.Render(summary));
        // The tag follows the bytes, so a change of rendering is a new tag; the time is the version's.
        var form = new StoredForm(bytes, new ETag(Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]), json.Value.Form.LastModified);
        _rendered.Set((reportId, version, extension), form);
        return form;
    }

    private static PressSummary Parse(StoredForm json) =>
        JsonSerializer.Deserialize<PressSummary>(json.Content, JsonSummaryRenderer.Options)
        ?? throw new InvalidDataException("A stored summary version is empty.");

    private async Task<(StoredForm Form, bool ByReference)?> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var content = await _container.GetBlobClient(path).DownloadContentAsync(cancellationToken);
            var details = content.Value.Details;
            return (new StoredForm(content.Value.Content.ToArray(), details.ETag, details.LastModified),
                details.Metadata.TryGetValue(ByReferenceMetadata, out var value) && value == ByReference);
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

    /// <summary>
    /// Writes a version: its JSON, statement texts by reference (the other forms are rendered on read). False if that
    /// version number was taken by a concurrent compose.
    /// </summary>
    public async Task<bool> TryAddAsync(PressSummary summary, CancellationToken cancellationToken = default)
    {
        var (stored, byReference) = await references.ShrinkAsync(summary, cancellationToken);
        try
        {
            await _container.GetBlobClient(PathOf(summary.ReportId, summary.Version, "json")).UploadAsync(
                BinaryData.FromBytes(Encoding.UTF8.GetBytes(new JsonSummaryRenderer().Render(stored))),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = SummaryMediaTypes.Of("json") },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    Metadata = byReference ? new Dictionary<string, string> { [ByReferenceMetadata] = ByReference } : null,
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public static string PathOf(string reportId, int version, string extension) => $"{reportId}/v{version:D4}/summary.{extension}";
}

public readonly record struct StoredForm(byte[] Content, ETag ETag, DateTimeOffset LastModified);
