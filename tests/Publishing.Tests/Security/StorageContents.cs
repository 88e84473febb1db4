using System.Text;
using Publishing.Storage;

namespace Publishing.Tests.Security;

/// <summary>Everything a test's storage prefix holds, as text: every blob (API keys and subscriptions included) and every queued message.</summary>
internal static class StorageContents
{
    public static async Task<IReadOnlyList<(string Where, string Text)>> ReadAllAsync(PublishingStorage storage)
    {
        var found = new List<(string, string)>();
        foreach (var name in storage.Names.Containers)
        {
            var container = storage.Container(name);
            await foreach (var blob in container.GetBlobsAsync())
            {
                var bytes = (await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                found.Add(($"blob {name}/{blob.Name}", Encoding.UTF8.GetString(bytes) + "\n" + Convert.ToBase64String(bytes)));
            }
        }
        foreach (var name in storage.Names.Queues.SelectMany(q => new[] { q, StorageNames.PoisonQueueOf(q) }))
        {
            var queue = storage.Queue(name);
            if (!(await queue.ExistsAsync()).Value) continue;
            foreach (var message in (await queue.PeekMessagesAsync(32)).Value)
                found.Add(($"queue {name}/{message.MessageId}", message.Body.ToString()));
        }
        return found;
    }

}
