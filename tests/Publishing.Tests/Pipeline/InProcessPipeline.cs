using Publishing.Distribution.Email;
using Publishing.Storage;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Pipeline;

/// <summary>The app in this process on a loopback port, running its queue steps itself as a local <c>serve</c> does.</summary>
public sealed class InProcessPipeline(TestServer server) : IStoredPipeline
{
    public static async Task<InProcessPipeline> StartAsync(StorageOptions storage, int smtpPort) =>
        new(await TestServer.StartAsync(storage, o => o with
        {
            RunsPipelineLocally = true,
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtpPort, Security = SmtpSecurity.None },
        }));

    public string Description => "the app in the test process";
    public HttpClient Client => server.Client;
    public PublishingStorage Storage => server.Storage;
    public TimeProvider Time => server.Time;
    public string Log => "(in-process: logs are not captured)";
    public Task<string> IssueKeyAsync(string body, string kind) => server.IssueKeyAsync(body, kind);
    public ValueTask DisposeAsync() => server.DisposeAsync();
}
