using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

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
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureMonitorIngestion(app, new Uri($"http://127.0.0.1:{port}/"));
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
