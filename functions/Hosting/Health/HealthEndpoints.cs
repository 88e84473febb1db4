using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Publishing.Storage;

namespace Publishing.Hosting.Health;

/// <summary><c>GET /api/health</c>: storage reachability, and each queue's depth and oldest message age. 503 when storage is down.</summary>
public static class HealthEndpoints
{
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
                var queue = storage.Queue(name);
                var properties = await queue.GetPropertiesAsync(timeout.Token);
                var oldest = (await queue.PeekMessagesAsync(1, timeout.Token)).Value.FirstOrDefault()?.InsertedOn;
                queues.Add(new QueueHealth(name, properties.Value.ApproximateMessagesCount, oldest is { } inserted ? Math.Max(0, (now - inserted).TotalSeconds) : (double?)null));
            }
            return Results.Json(new HealthReport("healthy", "reachable", now, queues, null), Cli.JsonOutput.Compact);
        }
        catch (Exception e) when (StorageOutage.IsOutage(e) || e is OperationCanceledException || e is Azure.RequestFailedException)
        {
            return Results.Json(new HealthReport("unhealthy", "unreachable", now, null, e.GetType().Name), Cli.JsonOutput.Compact, statusCode: 503);
        }
    }
}
