using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Publishing.Storage;

/// <summary>
/// Storage REST versions the app sends. The SDKs default to 2026-10-06, which Azurite 3.37 (the local emulator and
/// the test backend) rejects; 2026-06-06 is the newest both Azurite and Azure accept. Change it here only.
/// </summary>
internal static class PinnedVersions
{
    public const BlobClientOptions.ServiceVersion Blobs = BlobClientOptions.ServiceVersion.V2026_06_06;
    public const QueueClientOptions.ServiceVersion Queues = QueueClientOptions.ServiceVersion.V2026_06_06;
}
