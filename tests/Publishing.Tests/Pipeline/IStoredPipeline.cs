using Publishing.Storage;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// The pipeline as a stored-pipeline test meets it: an HTTP API, the storage it works on, and API keys. Either the
/// app in this process (<see cref="InProcessPipeline"/>) or the published binary run as <c>serve</c>
/// (<see cref="PublishedBinaryPipeline"/>), so the same checks run against what is deployed.
/// </summary>
public interface IStoredPipeline : IAsyncDisposable
{
    string Description { get; }
    HttpClient Client { get; }
    PublishingStorage Storage { get; }
    /// <summary>The clock the pipeline runs on (webhook timestamps are checked against it).</summary>
    TimeProvider Time { get; }
    Task<string> IssueKeyAsync(string body, string kind);
    /// <summary>What the pipeline logged so far (for failure messages).</summary>
    string Log { get; }
}
