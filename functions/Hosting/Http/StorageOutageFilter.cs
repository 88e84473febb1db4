using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Publishing.Storage;

namespace Publishing.Hosting.Http;

/// <summary>Turns a storage outage inside an endpoint into 503 with Retry-After instead of a 500.</summary>
public sealed class StorageOutageFilter(ILogger<StorageOutageFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (StorageOutage.IsOutage(e) && !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Storage unreachable during {Method} {Path}: {Error}", context.HttpContext.Request.Method, context.HttpContext.Request.Path, e.GetType().Name);
            return Problems.StorageUnavailable();
        }
    }
}
