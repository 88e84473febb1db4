using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Publishing.Tests.Pipeline;

/// <summary>A webhook receiver on a loopback port that records every request's headers and body.</summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackReceiver(WebApplication app, Uri url) => (_app, Url) = (app, url);

    public Uri Url { get; }
    public ConcurrentQueue<(Dictionary<string, string> Headers, string Body)> Received { get; } = new();

    public static async Task<LoopbackReceiver> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app, new Uri($"http://127.0.0.1:{port}/hook"));
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue((http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
