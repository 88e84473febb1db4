using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Publishing.Hosting;
using Publishing.Statements;
using Publishing.Statements.Keys;
using Publishing.Storage;

namespace Publishing.Tests.Hosting;

/// <summary>The real app on a real loopback port, with its own storage prefix and a fake clock.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri address, FakeTimeProvider time)
    {
        _app = app;
        Address = address;
        Time = time;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }
    public FakeTimeProvider Time { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public PublishingStorage Storage => Services.GetRequiredService<PublishingStorage>();

    public static async Task<TestServer> StartAsync(StorageOptions storage, Func<PublishingHostOptions, PublishingHostOptions>? adjust = null, Action<IServiceCollection>? configure = null)
    {
        var port = LoopbackApps.FreePort();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 14, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var options = new PublishingHostOptions
        {
            Storage = storage,
            Urls = [$"http://127.0.0.1:{port}"],
            PublicBaseUrl = new Uri($"http://127.0.0.1:{port}/"),
            Time = time,
            SecretProtectionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            AllowLoopbackWebhooks = true,
            // The other suites publish reports straight into the container, as the operator of a machine they trust
            // would; the provenance tests (Security/Provenance) run with the defaults, where an unlabelled blob is not trusted.
            Provenance = new Reports.Provenance.ProvenanceOptions { TrustedSources = new HashSet<string> { "ofsted", "drop-folder", "unlabelled" } },
        };
        options = adjust?.Invoke(options) ?? options;
        var app = PublishingApp.Build(options, configure);
        await app.Services.GetRequiredService<PublishingStorage>().EnsureCreatedAsync();
        await app.StartAsync();
        return new TestServer(app, new Uri($"http://127.0.0.1:{port}/"), time);
    }

    public async Task<string> IssueKeyAsync(string body, string kind = "sector-body")
    {
        var (secret, _) = await Services.GetRequiredService<ApiKeyStore>().IssueAsync(new SubmittingBody(body, kind));
        return secret.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
