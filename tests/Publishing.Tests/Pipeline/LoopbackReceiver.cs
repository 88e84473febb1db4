using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using Publishing.Tests.Hosting;

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
        var (app, baseUrl) = LoopbackApps.Create();
        var receiver = new LoopbackReceiver(app, new Uri(baseUrl, "hook"));
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
