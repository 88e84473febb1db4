using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Publishing.Tests.Statements.Language;

/// <summary>
/// A fake Azure AI Language endpoint on 127.0.0.1 (Kestrel, a random free port). It records every request and answers
/// <c>POST /language/:analyze-text</c> with the documented shapes built from <see cref="Opinions"/>, <see cref="KeyPhrases"/>
/// and <see cref="Entities"/>, unless <see cref="Fault"/> returns a reply (429, 500, slow, malformed) for that request.
/// Anything else gets the service's 404 error shape.
/// </summary>
internal sealed class FakeLanguageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeLanguageServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public Func<string, IEnumerable<FakeOpinion>> Opinions { get; set; } = _ => [];

    public Func<string, IEnumerable<string>> KeyPhrases { get; set; } = _ => [];

    public Func<string, IEnumerable<FakeEntity>> Entities { get; set; } = _ => [];

    /// <summary>Returns a reply to send instead of the normal answer, or null to answer normally.</summary>
    public Func<RecordedRequest, FakeReply?> Fault { get; set; } = _ => null;

    /// <summary>Starts on http, or on https with <paramref name="certificate"/> (bearer tokens are only sent over TLS).</summary>
    public static async Task<FakeLanguageServer> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeLanguageServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        server = new FakeLanguageServer(app, new Uri(app.Urls.Single()));
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var raw = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        JsonNode? body = null;
        try
        {
            body = raw.Length > 0 ? JsonNode.Parse(raw) : null;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            raw,
            body);
        _requests.Enqueue(request);

        var reply = Fault(request) ?? Answer(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                using var stalled = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
                await Task.Delay(reply.Delay, stalled.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    private FakeReply Answer(RecordedRequest request)
    {
        if (request.Method != "POST" || request.Path != "/language/:analyze-text")
        {
            return FakeReply.Error(404, "404", "Resource not found");
        }

        return request.Kind switch
        {
            "SentimentAnalysis" => new FakeReply(200, LanguageResponses.Sentiment(request.Documents, Opinions)),
            "KeyPhraseExtraction" => new FakeReply(200, LanguageResponses.KeyPhrases(request.Documents, KeyPhrases)),
            "EntityRecognition" => new FakeReply(200, LanguageResponses.Entities(request.Documents, Entities)),
            _ => FakeReply.Error(400, "InvalidRequest", $"Unknown kind '{request.Kind}'."),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
