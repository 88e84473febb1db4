namespace Publishing.Storage;

/// <summary>
/// The containers and queues the pipeline uses. Names must match <c>functions/app/*/function.json</c> and
/// <c>infra/storage.bicep</c>; a prefix (tests only) is prepended to every name.
/// </summary>
public sealed class StorageNames(string prefix = "")
{
    /// <summary>Where report PDFs land (the blob trigger's path is <c>reports/{name}</c>).</summary>
    public string Reports => prefix + "reports";
    /// <summary>What the reader made of each report: one record per report id, with the blob identity and hash.</summary>
    public string Records => prefix + "records";
    public string Statements => prefix + "statements";
    public string Summaries => prefix + "summaries";
    public string Feeds => prefix + "feeds";
    /// <summary>Small coordination blobs: API keys (hashed), subscriptions, idempotency keys, delivery records, read outcomes.</summary>
    public string State => prefix + "state";

    public string ComposeQueue => prefix + "compose-summary";
    public string PublishQueue => prefix + "publish-summary";
    public string DeliverQueue => prefix + "deliver-webhook";


    public IReadOnlyList<string> Containers => [Reports, Records, Statements, Summaries, Feeds, State];
    public IReadOnlyList<string> Queues => [ComposeQueue, PublishQueue, DeliverQueue];

    public static string PoisonQueueOf(string queue) => queue + "-poison";
}
