using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Cli;

namespace Publishing.Storage;

/// <summary>Small JSON documents in a blob container: read, write, create-only and list under a prefix.</summary>
public sealed class JsonBlobs(BlobContainerClient container, string prefix)
{
    public async Task<T?> GetAsync<T>(string name, CancellationToken cancellationToken) where T : class
    {
        try
        {
            var content = await container.GetBlobClient(prefix + name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<T>(JsonOutput.Compact);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task PutAsync<T>(string name, T value, CancellationToken cancellationToken) =>
        await container.GetBlobClient(prefix + name).UploadAsync(Serialize(value), new BlobUploadOptions { HttpHeaders = JsonHeaders }, cancellationToken);

    /// <summary>Writes only if nothing is there yet; false if something is.</summary>
    public async Task<bool> TryCreateAsync<T>(string name, T value, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(prefix + name).UploadAsync(Serialize(value),
                new BlobUploadOptions { HttpHeaders = JsonHeaders, Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) =>
        (await container.GetBlobClient(prefix + name).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;

    public async Task<IReadOnlyList<T>> ListAsync<T>(CancellationToken cancellationToken) where T : class
    {
        var all = new List<T>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
            if (await GetAsync<T>(item.Name[prefix.Length..], cancellationToken) is { } value) all.Add(value);
        return all;
    }

    private static BinaryData Serialize<T>(T value) => BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(value, JsonOutput.Compact));

    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };
}
