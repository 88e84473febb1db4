using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Publishing.Tests.Hosting.Telemetry;

/// <summary>
/// Application Insights' ingestion endpoint on loopback: accepts <c>POST /v2.1/track</c> (gzip'd JSON lines, one
/// telemetry item each) and answers as the service does, so the real Azure Monitor exporter can be pointed at it.
/// </summary>
public sealed class FakeAzureMonitorIngestion : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAzureMonitorIngestion(WebApplication app, Uri url) => (_app, Url) = (app, url);

    public Uri Url { get; }
    public ConcurrentQueue<string> Items { get; } = new();

    public string ConnectionString => $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={Url}";

    public static async Task<FakeAzureMonitorIngestion> StartAsync()
    {
        var (app, baseUrl) = LoopbackApps.Create();
        var fake = new FakeAzureMonitorIngestion(app, baseUrl);
        app.MapPost("/v2.1/track", async (HttpContext http) =>
        {
            Stream body = http.Request.Body;
            if (http.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
                body = new GZipStream(body, CompressionMode.Decompress);
            using var reader = new StreamReader(body);
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines) fake.Items.Enqueue(line);
            return Results.Json(new { itemsReceived = lines.Length, itemsAccepted = lines.Length, errors = Array.Empty<object>() });
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
