using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Publishing.Storage;

/// <summary>
/// The storage clients the pipeline shares: one blob and one queue service client for the account, plus the
/// names of everything in it. Queue messages are base64, as the Functions host expects by default (host.json).
/// </summary>
public sealed class PublishingStorage
{
    public PublishingStorage(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Names = new StorageNames(options.NamePrefix);
        var blobOptions = Configure(new BlobClientOptions(PinnedVersions.Blobs), options);
        var queueOptions = Configure(new QueueClientOptions(PinnedVersions.Queues) { MessageEncoding = QueueMessageEncoding.Base64 }, options);

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Blobs = new BlobServiceClient(options.ConnectionString, blobOptions);
            Queues = new QueueServiceClient(options.ConnectionString, queueOptions);
        }
        else if (!string.IsNullOrWhiteSpace(options.AccountName))
        {
            TokenCredential credential = new DefaultAzureCredential();
            var account = options.AccountName;
            Blobs = new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential, blobOptions);
            Queues = new QueueServiceClient(new Uri($"https://{account}.queue.core.windows.net"), credential, queueOptions);
        }
        else
        {
            throw new ArgumentException("Storage needs a connection string or an account name.", nameof(options));
        }
    }

    public StorageNames Names { get; }
    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    /// <summary>Creates every container, queue and table that does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in Names.Containers) await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var queue in Names.Queues)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await Queue(StorageNames.PoisonQueueOf(queue)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    private static T Configure<T>(T clientOptions, StorageOptions options) where T : Azure.Core.ClientOptions
    {
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        return clientOptions;
    }
}
