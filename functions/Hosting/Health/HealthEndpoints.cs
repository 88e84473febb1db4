using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Publishing.Storage;

namespace Publishing.Hosting.Health;

/// <summary>
/// <c>GET /api/health</c>: storage reachability, and each queue's depth (visible messages, at most 32) and oldest message
/// age. 503 when storage is down; 200 <c>degraded</c> while poison messages wait (a report's work has stopped until an
/// operator replays or removes it).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The most messages a queue's depth counts (one peek); a deeper queue reports this number.</summary>
    public const int MaxCountedDepth = 32;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", CheckAsync);
        return routes;
    }

    private static async Task<IResult> CheckAsync(PublishingStorage storage, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var now = time.GetUtcNow();
        try
        {
            await storage.Blobs.GetPropertiesAsync(timeout.Token);
            var queues = new List<QueueHealth>();
            foreach (var name in storage.Names.Queues.SelectMany(q => new[] { q, StorageNames.PoisonQueueOf(q) }))
            {
                // Visible messages only, counted by peeking: the approximate count includes messages scheduled for
                // later (a compose waiting for an embargo to lift), and a public depth would reveal the embargo.
                var visible = (await storage.Queue(name).PeekMessagesAsync(MaxCountedDepth, timeout.Token)).Value;
                var oldest = visible.Length == 0 ? null : visible.Min(m => m.InsertedOn);
                queues.Add(new QueueHealth(name, visible.Length, oldest is { } inserted ? Math.Max(0, (now - inserted).TotalSeconds) : (double?)null));
            }
            var poison = storage.Names.Queues.Select(StorageNames.PoisonQueueOf).ToHashSet(StringComparer.Ordinal);
            var attention = queues.Where(q => poison.Contains(q.Name) && q.Depth > 0)
                .Select(q => $"{q.Depth} failed message(s) wait in {q.Name}: see 'publishing poison list'").ToList();
            return Results.Json(
                new HealthReport(attention.Count == 0 ? "healthy" : "degraded", "reachable", now, queues, null) { Attention = attention.Count == 0 ? null : attention },
                Cli.JsonOutput.Compact);
        }
        catch (Exception e) when (StorageOutage.IsOutage(e) || e is OperationCanceledException || e is Azure.RequestFailedException)
        {
            return Results.Json(new HealthReport("unhealthy", "unreachable", now, null, e.GetType().Name), Cli.JsonOutput.Compact, statusCode: 503);
        }
    }
}
