using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Distribution.Webhooks;

/// <summary>
/// A real webhook endpoint on 127.0.0.1 (Kestrel). Each request gets the next scripted answer (then
/// <see cref="ThenAnswer"/>); when the answer is 2xx and a <see cref="Verifier"/> is set, the request is
/// verified first and only genuine messages are acknowledged (Duplicate → 200 without counting it again).
/// </summary>
internal sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Answer> _script;

    public sealed record Answer(int Status, string? RetryAfter = null);

    public sealed record Received(IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At, int AnsweredWith, WebhookVerification? Verification);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public Answer ThenAnswer { get; set; } = new(204);
    /// <summary>When set, 2xx answers go only to messages this verifier finds authentic.</summary>
    public WebhookReceiver? Verifier { get; set; }
    public Uri Url { get; private set; } = null!;

    public int AcceptedCount => Requests.Count(r => r.Verification?.Status == WebhookVerificationStatus.Valid);

    private LoopbackReceiver(IEnumerable<Answer> script)
    {
        _script = new ConcurrentQueue<Answer>(script);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/hook", HandleAsync);
    }

    public static async Task<LoopbackReceiver> StartAsync(params Answer[] script)
    {
        var receiver = new LoopbackReceiver(script);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var answer = _script.TryDequeue(out var next) ? next : ThenAnswer;
        WebhookVerification? verification = null;
        var status = answer.Status;
        if (status is >= 200 and < 300 && Verifier is not null)
        {
            verification = Verifier.Verify(context.Request.Headers, body);
            if (!verification.IsAuthentic) status = 401;
        }
        if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
        context.Response.StatusCode = status;
        Requests.Enqueue(new Received(
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            System.Text.Encoding.UTF8.GetString(body), TimeProvider.System.GetUtcNow(), status, verification));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
