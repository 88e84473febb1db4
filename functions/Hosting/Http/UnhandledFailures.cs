using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publishing.Hosting.Logging;

namespace Publishing.Hosting.Http;

/// <summary>
/// The outermost middleware: a request that fails unexpectedly answers a 500 problem document without internals, and
/// the failure is logged once per distinct kind (<see cref="DistinctFailures"/>) instead of a stack trace per request.
/// </summary>
public static class UnhandledFailures
{
    public static void UseConciseFailureLogging(this WebApplication app)
    {
        var failures = new DistinctFailures(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Publishing.Http"));
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
            {
                failures.Log($"{context.Request.Method} {context.Request.Path}", e);
                if (context.Response.HasStarted)
                {
                    context.Abort();
                    return;
                }
                context.Response.Clear();
                await Problems.Of(500, "Internal error", "The request failed on the server; the failure is logged. Retry later.").ExecuteAsync(context);
            }
        });
    }
}
