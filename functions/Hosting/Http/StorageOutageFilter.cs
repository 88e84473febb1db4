using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Publishing.Storage;

namespace Publishing.Hosting.Http;

/// <summary>
/// Turns a storage outage inside an endpoint into 503 with Retry-After instead of a 500, and a storage that hangs
/// into the same 503 after <see cref="Deadline"/>: the endpoint's cancellation token (<c>RequestAborted</c>) is
/// cancelled then, so a hung call gives up rather than holding the caller for the storage client's full retries.
/// </summary>
public sealed class StorageOutageFilter(ILogger<StorageOutageFilter> logger) : IEndpointFilter
{
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(8);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var clientAborted = http.RequestAborted;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(clientAborted);
        deadline.CancelAfter(Deadline);
        http.RequestAborted = deadline.Token;
        // A handler's own CancellationToken parameter was bound before this filter ran: hand it the deadline too.
        for (var i = 0; i < context.Arguments.Count; i++)
            if (context.Arguments[i] is CancellationToken) context.Arguments[i] = deadline.Token;
        try
        {
            return await next(context);
        }
        catch (Exception e) when ((StorageOutage.IsOutage(e) || e is OperationCanceledException) && !clientAborted.IsCancellationRequested)
        {
            var why = deadline.IsCancellationRequested ? $"no answer within {Deadline.TotalSeconds:0} s" : e.GetType().Name;
            logger.LogWarning("Storage unreachable during {Method} {Path}: {Error}", http.Request.Method, http.Request.Path, why);
            return Problems.StorageUnavailable();
        }
        finally
        {
            http.RequestAborted = clientAborted;
        }
    }
}
